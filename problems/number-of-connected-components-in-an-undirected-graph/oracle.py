# Oracle: second algorithm, breadth-first search from every unvisited node over an adjacency list, counting the starts.
from collections import deque


def oracle(n, edges):
    adj = [[] for _ in range(n)]
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    seen = [False] * n
    count = 0
    for s in range(n):
        if seen[s]:
            continue
        count += 1
        seen[s] = True
        queue = deque([s])
        while queue:
            for u in adj[queue.popleft()]:
                if not seen[u]:
                    seen[u] = True
                    queue.append(u)
    return count
