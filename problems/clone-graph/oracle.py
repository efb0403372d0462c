# A clone has its input's shape: the expected value is the adjacency list itself, checked to be a
# connected, undirected graph on 1..n without self-loops or repeated edges (LeetCode's constraints).
def oracle(adj):
    n = len(adj)
    assert n <= 100
    for i, row in enumerate(adj, start=1):
        assert len(set(row)) == len(row) and i not in row
        assert all(1 <= j <= n and i in adj[j - 1] for j in row)
    if n:
        seen, stack = {1}, [1]
        while stack:
            for j in adj[stack.pop() - 1]:
                if j not in seen:
                    seen.add(j)
                    stack.append(j)
        assert len(seen) == n
    return [list(row) for row in adj]
