def knn_regress(X_train: list, y_train: list, X_test: list, k: int) -> list:
    k = min(k, len(X_train))
    preds = []
    for q in X_test:
        # (squared distance, index): tuples sort by distance, then by the smaller index on ties.
        order = sorted((sum((a - b) ** 2 for a, b in zip(q, p)), i) for i, p in enumerate(X_train))
        preds.append(sum(y_train[i] for _, i in order[:k]) / k)
    return preds
