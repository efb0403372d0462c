def perceptron_train(X: list, y: list, epochs: int) -> list:
    d = len(X[0])
    w = [0.0] * d
    b = 0.0
    for _ in range(epochs):
        for x, t in zip(X, y):  # the rows in the order given
            score = sum(wj * xj for wj, xj in zip(w, x)) + b
            if t * score <= 0:  # wrong side or on the boundary (so the very first row always updates)
                w = [wj + t * xj for wj, xj in zip(w, x)]
                b += t
    return [w, b]
