def kmeans(X: list, centroids: list, max_iter: int) -> list:
    k, d = len(centroids), len(X[0])
    C = [list(map(float, c)) for c in centroids]

    def assign():
        labels = []
        for p in X:
            best, best_d = 0, None
            for c in range(k):
                dist = sum((a - b) ** 2 for a, b in zip(p, C[c]))
                if best_d is None or dist < best_d:  # strict: ties keep the lower index
                    best, best_d = c, dist
            labels.append(best)
        return labels

    for _ in range(max_iter):
        labels = assign()
        sums = [[0.0] * d for _ in range(k)]
        counts = [0] * k
        for p, c in zip(X, labels):
            counts[c] += 1
            for j in range(d):
                sums[c][j] += p[j]
        new_C = [[s / counts[c] for s in sums[c]] if counts[c] else C[c] for c in range(k)]
        if new_C == C:  # converged: further iterations change nothing
            break
        C = new_C
    return [C, assign()]  # labels always describe the returned centroids
