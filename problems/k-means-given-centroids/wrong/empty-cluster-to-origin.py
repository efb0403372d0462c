# An empty cluster's centroid becomes the zero vector (its sum over no points) instead of staying where it was.
def kmeans(X, centroids, max_iter):
    k, d = len(centroids), len(X[0])
    C = [list(map(float, c)) for c in centroids]

    def assign():
        return [min(range(k), key=lambda c: (sum((a - b) ** 2 for a, b in zip(p, C[c])), c)) for p in X]

    for _ in range(max_iter):
        labels = assign()
        sums = [[0.0] * d for _ in range(k)]
        counts = [0] * k
        for p, c in zip(X, labels):
            counts[c] += 1
            for j in range(d):
                sums[c][j] += p[j]
        C = [[s / max(counts[c], 1) for s in sums[c]] for c in range(k)]
    return [C, assign()]
