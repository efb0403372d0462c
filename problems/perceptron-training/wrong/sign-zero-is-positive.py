# Predicts with sign(0) = +1 and updates only misclassified rows, so a positive row exactly on the boundary is never corrected.
def perceptron_train(X, y, epochs):
    w = [0.0] * len(X[0])
    b = 0.0
    for _ in range(epochs):
        for x, t in zip(X, y):
            pred = 1 if sum(a * c for a, c in zip(w, x)) + b >= 0 else -1
            if pred != t:
                w = [a + t * c for a, c in zip(w, x)]
                b += t
    return [w, b]
