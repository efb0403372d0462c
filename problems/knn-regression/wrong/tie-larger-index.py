# Breaks distance ties towards the larger training index (sorted by distance, reverse=True on the index).
def knn_regress(X_train, y_train, X_test, k):
    k = min(k, len(X_train))
    out = []
    for q in X_test:
        order = sorted(range(len(X_train)), key=lambda i: (sum((a - b) ** 2 for a, b in zip(q, X_train[i])), -i))
        out.append(sum(y_train[i] for i in order[:k]) / k)
    return out
