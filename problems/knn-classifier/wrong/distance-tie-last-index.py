# Breaks distance ties towards the larger training index (sorts by (distance, -index)).
def knn_predict(X_train, y_train, X_test, k):
    k = min(k, len(X_train))
    out = []
    for q in X_test:
        order = sorted(range(len(X_train)), key=lambda i: (sum((a - b) ** 2 for a, b in zip(q, X_train[i])), -i))
        votes = Counter(y_train[i] for i in order[:k])
        top = max(votes.values())
        out.append(min(l for l, c in votes.items() if c == top))
    return out
