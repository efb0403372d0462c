# Oracle: second algorithm, a breadth-first search from node 0 that reports a cycle when it meets a visited node other than the parent, then checks every node was reached.
from collections import deque


def oracle(n, edges):
    adj = [[] for _ in range(n)]
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    parent = [-1] * n
    seen = [False] * n
    seen[0] = True
    queue = deque([0])
    while queue:
        v = queue.popleft()
        for u in adj[v]:
            if u == parent[v]:
                continue
            if seen[u]:
                return False
            seen[u] = True
            parent[u] = v
            queue.append(u)
    return all(seen)
