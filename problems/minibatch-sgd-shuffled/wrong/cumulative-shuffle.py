# Shuffles the previous epoch's order again instead of a fresh list(range(n)), so permutations compound across epochs.
def minibatch_sgd(X, y, lr, epochs, batch_size, seed):
    n, d = len(X), len(X[0])
    w = [0.0] * d
    b = 0.0
    order = list(range(n))
    for epoch in range(epochs):
        random.Random(seed + epoch).shuffle(order)
        for start in range(0, n, batch_size):
            batch = order[start:start + batch_size]
            m = len(batch)
            res = [sum(wj * xj for wj, xj in zip(w, X[i])) + b - y[i] for i in batch]
            gw = [2.0 / m * sum(r * X[i][j] for r, i in zip(res, batch)) for j in range(d)]
            w = [wj - lr * g for wj, g in zip(w, gw)]
            b -= lr * 2.0 / m * sum(res)
    return w + [b]
