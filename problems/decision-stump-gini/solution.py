def best_stump(X: list, y: list, criterion: str) -> list:
    n, d = len(y), len(X[0])
    total = Counter(y)

    def impurity(counts: dict, size: int) -> float:
        if size == 0:
            return 0.0
        if criterion == "gini":
            return 1.0 - sum((c / size) ** 2 for c in counts.values())
        return -sum((c / size) * math.log2(c / size) for c in counts.values() if c > 0)

    best = [-1, 0.0, impurity(total, n)]
    best_imp = None
    for j in range(d):
        pairs = sorted((X[i][j], y[i]) for i in range(n))
        left = Counter()
        right = Counter(total)
        for i in range(n - 1):  # split after sorted position i
            value, label = pairs[i]
            left[label] += 1
            right[label] -= 1
            if value == pairs[i + 1][0]:
                continue  # not a boundary between distinct values
            n_left = i + 1
            imp = (n_left * impurity(left, n_left) + (n - n_left) * impurity(right, n - n_left)) / n
            if best_imp is None or imp < best_imp - 1e-12:  # ties keep the earlier feature / threshold
                best_imp = imp
                best = [j, (value + pairs[i + 1][0]) / 2, imp]
    return best
