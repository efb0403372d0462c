# Averages the last, smaller batch over batch_size instead of its real size, under-weighting that step.
def minibatch_sgd(X, y, lr, epochs, batch_size, seed):
    n, d = len(X), len(X[0])
    w = [0.0] * d
    b = 0.0
    for epoch in range(epochs):
        order = list(range(n))
        random.Random(seed + epoch).shuffle(order)
        for start in range(0, n, batch_size):
            batch = order[start:start + batch_size]
            res = [sum(wj * xj for wj, xj in zip(w, X[i])) + b - y[i] for i in batch]
            gw = [2.0 / batch_size * sum(r * X[i][j] for r, i in zip(res, batch)) for j in range(d)]
            w = [wj - lr * g for wj, g in zip(w, gw)]
            b -= lr * 2.0 / batch_size * sum(res)
    return w + [b]
