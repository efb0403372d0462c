# Oracle: breadth-first search over indices for n <= 300; otherwise move the goal leftwards from the end (an index is good if it can jump to a good one).
from collections import deque


def oracle(nums):
    n = len(nums)
    if n <= 300:
        seen, queue = {0}, deque([0])
        while queue:
            i = queue.popleft()
            for j in range(i + 1, min(n, i + nums[i] + 1)):
                if j not in seen:
                    seen.add(j)
                    queue.append(j)
        return n - 1 in seen
    goal = n - 1
    for i in range(n - 2, -1, -1):
        if i + nums[i] >= goal:
            goal = i
    return goal == 0
