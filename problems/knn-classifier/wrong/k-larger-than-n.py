# Assumes k <= n: indexes the k-th neighbour directly and crashes (IndexError) when k exceeds the training set.
def knn_predict(X_train, y_train, X_test, k):
    out = []
    for q in X_test:
        order = sorted(range(len(X_train)), key=lambda i: (sum((a - b) ** 2 for a, b in zip(q, X_train[i])), i))
        neigh = [order[j] for j in range(k)]
        votes = Counter(y_train[i] for i in neigh)
        top = max(votes.values())
        out.append(min(l for l, c in votes.items() if c == top))
    return out
