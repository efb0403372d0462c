# Off-by-one: runs range(max_iter - 1) update steps.
def kmeans(X, centroids, max_iter):
    k, d = len(centroids), len(X[0])
    C = [list(map(float, c)) for c in centroids]

    def assign():
        return [min(range(k), key=lambda c: (sum((a - b) ** 2 for a, b in zip(p, C[c])), c)) for p in X]

    for _ in range(max_iter - 1):
        labels = assign()
        for c in range(k):
            members = [p for p, l in zip(X, labels) if l == c]
            if members:
                C[c] = [sum(col) / len(members) for col in zip(*members)]
    return [C, assign()]
