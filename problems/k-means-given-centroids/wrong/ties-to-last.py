# Uses <= when scanning centroids, so a point equidistant from two centroids goes to the higher index.
def kmeans(X, centroids, max_iter):
    k, d = len(centroids), len(X[0])
    C = [list(map(float, c)) for c in centroids]

    def assign():
        labels = []
        for p in X:
            best, best_d = 0, float('inf')
            for c in range(k):
                dist = sum((a - b) ** 2 for a, b in zip(p, C[c]))
                if dist <= best_d:
                    best, best_d = c, dist
            labels.append(best)
        return labels

    for _ in range(max_iter):
        labels = assign()
        for c in range(k):
            members = [p for p, l in zip(X, labels) if l == c]
            if members:
                C[c] = [sum(col) / len(members) for col in zip(*members)]
    return [C, assign()]
