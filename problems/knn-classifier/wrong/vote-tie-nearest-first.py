# Breaks vote ties with Counter.most_common, i.e. by the label met first among the neighbours, not by the smallest label.
def knn_predict(X_train, y_train, X_test, k):
    k = min(k, len(X_train))
    out = []
    for q in X_test:
        order = sorted(range(len(X_train)), key=lambda i: (sum((a - b) ** 2 for a, b in zip(q, X_train[i])), i))
        out.append(Counter(y_train[i] for i in order[:k]).most_common(1)[0][0])
    return out
