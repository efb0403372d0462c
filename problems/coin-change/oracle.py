# Oracle: breadth-first search over amounts from 0 (each coin is an edge); the first time amount is reached gives the fewest coins.
from collections import deque


def oracle(coins, amount):
    if amount == 0:
        return 0
    dist = {0: 0}
    queue = deque([0])
    while queue:
        a = queue.popleft()
        for c in coins:
            b = a + c
            if b == amount:
                return dist[a] + 1
            if b < amount and b not in dist:
                dist[b] = dist[a] + 1
                queue.append(b)
    return -1
