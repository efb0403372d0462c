# Weights each neighbour by 1 / distance (scikit-learn's weights='distance') instead of the plain mean; an exact match takes its own target.
def knn_regress(X_train, y_train, X_test, k):
    k = min(k, len(X_train))
    out = []
    for q in X_test:
        order = sorted((math.sqrt(sum((a - b) ** 2 for a, b in zip(q, p))), i) for i, p in enumerate(X_train))[:k]
        exact = [y_train[i] for dist, i in order if dist == 0]
        if exact:
            out.append(sum(exact) / len(exact))
        else:
            out.append(sum(y_train[i] / dist for dist, i in order) / sum(1 / dist for dist, _ in order))
    return out
