# Computes every score of an epoch with the weights from the start of the epoch and applies the summed corrections at the end (a batch update), instead of updating after each row.
def perceptron_train(X, y, epochs):
    d = len(X[0])
    w = [0.0] * d
    b = 0.0
    for _ in range(epochs):
        dw = [0.0] * d
        db = 0.0
        for x, t in zip(X, y):
            if t * (sum(a * c for a, c in zip(w, x)) + b) <= 0:
                dw = [a + t * c for a, c in zip(dw, x)]
                db += t
        w = [a + c for a, c in zip(w, dw)]
        b += db
    return [w, b]
