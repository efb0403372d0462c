# Oracle: brute force, try removing each edge from the last to the first and keep the first removal that leaves a connected graph (n - 1 connected edges on n nodes form a tree).
def _connected_without(edges, skip):
    n = len(edges)
    adj = [[] for _ in range(n + 1)]
    for i, (a, b) in enumerate(edges):
        if i != skip:
            adj[a].append(b)
            adj[b].append(a)
    seen = {1}
    stack = [1]
    while stack:
        for u in adj[stack.pop()]:
            if u not in seen:
                seen.add(u)
                stack.append(u)
    return len(seen) == n


def oracle(edges):
    for i in range(len(edges) - 1, -1, -1):
        if _connected_without(edges, i):
            return list(edges[i])
    return []
