# Mistake: b is the mean distance to every point outside the cluster, not to the nearest other cluster.
import math


def silhouette_score(X: list, labels: list):
    n = len(X)
    size = {}
    for lab in labels:
        size[lab] = size.get(lab, 0) + 1
    if not 2 <= len(size) <= n - 1:
        return None

    # sums[i][c] = sum of distances from point i to the members of cluster c (i adds 0 to its own).
    # Each pair is measured once and credited to both ends.
    sums = [dict.fromkeys(size, 0.0) for _ in range(n)]
    for i in range(n):
        xi, li, si = X[i], labels[i], sums[i]
        for j in range(i + 1, n):
            d = math.dist(xi, X[j])
            si[labels[j]] += d
            sums[j][li] += d

    total = 0.0
    for i in range(n):
        own = labels[i]
        if size[own] == 1:
            continue  # a singleton contributes s = 0
        a = sums[i][own] / (size[own] - 1)
        b = sum(sums[i][lab] for lab in size if lab != own) / (n - size[own])
        m = max(a, b)
        if m > 0:
            total += (b - a) / m
    return total / n
