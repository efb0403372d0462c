# Uses the Manhattan (L1) distance instead of the Euclidean one.
def knn_regress(X_train, y_train, X_test, k):
    k = min(k, len(X_train))
    out = []
    for q in X_test:
        order = sorted((sum(abs(a - b) for a, b in zip(q, p)), i) for i, p in enumerate(X_train))
        out.append(sum(y_train[i] for _, i in order[:k]) / k)
    return out
