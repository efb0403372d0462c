# Iterates over n // batch_size full batches only, silently skipping the leftover samples of every epoch.
def minibatch_sgd(X, y, lr, epochs, batch_size, seed):
    n, d = len(X), len(X[0])
    w = [0.0] * d
    b = 0.0
    for epoch in range(epochs):
        order = list(range(n))
        random.Random(seed + epoch).shuffle(order)
        for k in range(n // batch_size):
            batch = order[k * batch_size:(k + 1) * batch_size]
            m = len(batch)
            res = [sum(wj * xj for wj, xj in zip(w, X[i])) + b - y[i] for i in batch]
            gw = [2.0 / m * sum(r * X[i][j] for r, i in zip(res, batch)) for j in range(d)]
            w = [wj - lr * g for wj, g in zip(w, gw)]
            b -= lr * 2.0 / m * sum(res)
    return w + [b]
