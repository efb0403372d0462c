# Computes entropy with the natural logarithm instead of log base 2 (values off by a factor ln 2).
def best_stump(X, y, criterion):
    n, d = len(y), len(X[0])
    total = Counter(y)

    def imp_of(counts, size):
        if size == 0:
            return 0.0
        if criterion == "gini":
            return 1.0 - sum((c / size) ** 2 for c in counts.values())
        return -sum((c / size) * math.log(c / size) for c in counts.values() if c > 0)

    best, best_imp = [-1, 0.0, imp_of(total, n)], None
    for j in range(d):
        pairs = sorted((X[i][j], y[i]) for i in range(n))
        left, right = Counter(), Counter(total)
        for i in range(n - 1):
            left[pairs[i][1]] += 1
            right[pairs[i][1]] -= 1
            if pairs[i][0] == pairs[i + 1][0]:
                continue
            imp = ((i + 1) * imp_of(left, i + 1) + (n - i - 1) * imp_of(right, n - i - 1)) / n
            if best_imp is None or imp < best_imp - 1e-12:
                best_imp, best = imp, [j, (pairs[i][0] + pairs[i + 1][0]) / 2, imp]
    return best
