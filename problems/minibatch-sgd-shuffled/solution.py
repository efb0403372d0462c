def minibatch_sgd(X: list, y: list, lr: float, epochs: int, batch_size: int, seed: int) -> list:
    n, d = len(X), len(X[0])
    w = [0.0] * d
    b = 0.0
    for epoch in range(epochs):
        order = list(range(n))                      # a fresh identity permutation every epoch
        random.Random(seed + epoch).shuffle(order)  # its own generator, seeded per epoch
        for start in range(0, n, batch_size):
            batch = order[start:start + batch_size]  # the last batch may be smaller
            m = len(batch)
            grad_w = [0.0] * d
            grad_b = 0.0
            for i in batch:
                row = X[i]
                r = sum(wj * xj for wj, xj in zip(w, row)) + b - y[i]
                for j in range(d):
                    grad_w[j] += r * row[j]
                grad_b += r
            w = [wj - lr * 2.0 * g / m for wj, g in zip(w, grad_w)]
            b -= lr * 2.0 * grad_b / m
    return w + [b]
