# Oracle: second algorithm, two breadth-first searches over the tree as an undirected graph (farthest node from the root, then the farthest distance from that node).
from collections import deque


def _graph(values):
    adj = [[]]
    queue = deque([0])
    i = 1
    while queue and i < len(values):
        parent = queue.popleft()
        for _ in range(2):
            if i < len(values) and values[i] is not None:
                child = len(adj)
                adj.append([parent])
                adj[parent].append(child)
                queue.append(child)
            i += 1
    return adj


def _farthest(adj, start):
    dist = [-1] * len(adj)
    dist[start] = 0
    queue = deque([start])
    last = start
    while queue:
        u = queue.popleft()
        last = u
        for v in adj[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + 1
                queue.append(v)
    return last, dist[last]


def oracle(root):
    adj = _graph(root)
    far, _ = _farthest(adj, 0)
    return _farthest(adj, far)[1]
