# Oracle: second implementation, simulates the CPU greedily (always the ready task with the most copies left), jumping over idle stretches.
from collections import Counter, deque
import heapq


def oracle(tasks, n):
    ready = [-k for k in Counter(tasks).values()]
    heapq.heapify(ready)
    cooling = deque()  # (time it is ready again, -remaining)
    time = 0
    while ready or cooling:
        if not ready:
            time = max(time, cooling[0][0])  # idle until the next task is ready
        while cooling and cooling[0][0] <= time:
            heapq.heappush(ready, cooling.popleft()[1])
        left = heapq.heappop(ready) + 1
        time += 1
        if left:
            cooling.append((time + n, left))
    return time
