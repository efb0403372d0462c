# Centres correctly to find w, then takes the intercept as mean(y), forgetting to subtract mean(x) · w.
def ridge_regression(X, y, lam):
    n, d = len(X), len(X[0])
    mx = [sum(r[j] for r in X) / n for j in range(d)]
    my = sum(y) / n
    Xc = [[r[j] - mx[j] for j in range(d)] for r in X]
    M = [[sum(r[a] * r[b] for r in Xc) + (lam if a == b else 0.0) for b in range(d)] + [sum(r[a] * (t - my) for r, t in zip(Xc, y))] for a in range(d)]
    for col in range(d):
        piv = max(range(col, d), key=lambda r: abs(M[r][col]))
        M[col], M[piv] = M[piv], M[col]
        for r in range(col + 1, d):
            f = M[r][col] / M[col][col]
            for c in range(col, d + 1):
                M[r][c] -= f * M[col][c]
    w = [0.0] * d
    for i in range(d - 1, -1, -1):
        w[i] = (M[i][d] - sum(M[i][j] * w[j] for j in range(i + 1, d))) / M[i][i]
    return [w, my]
