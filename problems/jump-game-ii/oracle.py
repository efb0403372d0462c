# Oracle: breadth-first search over indices (each index enqueued once, with a pointer to the first index not yet seen).
from collections import deque


def oracle(nums):
    n = len(nums)
    dist = [None] * n
    dist[0] = 0
    queue = deque([0])
    next_unseen = 1
    while queue:
        i = queue.popleft()
        if i == n - 1:
            return dist[i]
        for j in range(next_unseen, min(n, i + nums[i] + 1)):
            dist[j] = dist[i] + 1
            queue.append(j)
        next_unseen = max(next_unseen, i + nums[i] + 1)
    return -1
