def knn_predict(X_train: list, y_train: list, X_test: list, k: int) -> list:
    k = min(k, len(X_train))
    preds = []
    for q in X_test:
        # Squared distances order points exactly like distances; the index breaks distance ties.
        dists = sorted((sum((a - b) ** 2 for a, b in zip(q, p)), i) for i, p in enumerate(X_train))
        votes = Counter(y_train[i] for _, i in dists[:k])
        top = max(votes.values())
        preds.append(min(label for label, c in votes.items() if c == top))
    return preds
