# Performs n − k − 1 merges (stops while the count is still above k by one): an off-by-one in the loop bound.
def single_linkage_clusters(points, k):
    n = len(points)
    d = [[sum((a - b) ** 2 for a, b in zip(p, q)) for q in points] for p in points]
    cl = {i: [i] for i in range(n)}
    for _ in range(n - k - 1):
        ids = sorted(cl)
        best = None
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                dd = min(d[i][j] for i in cl[ids[x]] for j in cl[ids[y]])
                if best is None or dd < best[0]:
                    best = (dd, ids[x], ids[y])
        cl[best[1]] += cl.pop(best[2])
    lab = [0] * n
    for l, c in enumerate(sorted(cl)):
        for i in cl[c]:
            lab[i] = l
    return lab
