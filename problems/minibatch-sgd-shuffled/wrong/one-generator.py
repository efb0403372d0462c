# Creates one random.Random(seed) before the loop and reuses it every epoch, instead of random.Random(seed + epoch) per epoch.
def minibatch_sgd(X, y, lr, epochs, batch_size, seed):
    n, d = len(X), len(X[0])
    w = [0.0] * d
    b = 0.0
    rng = random.Random(seed)
    for epoch in range(epochs):
        order = list(range(n))
        rng.shuffle(order)
        for start in range(0, n, batch_size):
            batch = order[start:start + batch_size]
            m = len(batch)
            res = [sum(wj * xj for wj, xj in zip(w, X[i])) + b - y[i] for i in batch]
            gw = [2.0 / m * sum(r * X[i][j] for r, i in zip(res, batch)) for j in range(d)]
            w = [wj - lr * g for wj, g in zip(w, gw)]
            b -= lr * 2.0 / m * sum(res)
    return w + [b]
