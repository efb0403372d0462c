# Forgets to update the bias: the boundary is forced through the origin.
def perceptron_train(X, y, epochs):
    w = [0.0] * len(X[0])
    b = 0.0
    for _ in range(epochs):
        for x, t in zip(X, y):
            if t * (sum(a * c for a, c in zip(w, x)) + b) <= 0:
                w = [a + t * c for a, c in zip(w, x)]
    return [w, b]
