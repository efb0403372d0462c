# Correct rules, but recounts both sides from scratch for every candidate threshold: O(d · n^2), times out.
def best_stump(X, y, criterion):
    n, d = len(y), len(X[0])

    def imp_of(labels):
        if not labels:
            return 0.0
        m = len(labels)
        counts = Counter(labels).values()
        if criterion == "gini":
            return 1.0 - sum((c / m) ** 2 for c in counts)
        return -sum((c / m) * math.log2(c / m) for c in counts)

    best, best_imp = [-1, 0.0, imp_of(list(y))], None
    for j in range(d):
        vals = sorted(set(row[j] for row in X))
        for a, b in zip(vals, vals[1:]):
            t = (a + b) / 2
            left = [y[i] for i in range(n) if X[i][j] <= t]
            right = [y[i] for i in range(n) if X[i][j] > t]
            imp = (len(left) * imp_of(left) + len(right) * imp_of(right)) / n
            if best_imp is None or imp < best_imp - 1e-12:
                best_imp, best = imp, [j, t, imp]
    return best
