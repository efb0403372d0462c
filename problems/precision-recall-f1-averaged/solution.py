def precision_recall_f1_averaged(y_true: list, y_pred: list, average: str) -> list:
    if not y_true:
        return [0.0, 0.0, 0.0]
    tp = Counter(t for t, p in zip(y_true, y_pred) if t == p)
    true_count = Counter(y_true)
    pred_count = Counter(y_pred)
    labels = sorted(set(true_count) | set(pred_count))

    if average == "micro":
        # Every wrong prediction is one false positive and one false negative, so p = r = F1.
        value = sum(tp.values()) / len(y_true)
        return [value, value, value]

    def ratio(a, b):
        return a / b if b else 0.0

    ps, rs, fs, weights = [], [], [], []
    for label in labels:
        t = tp[label]
        ps.append(ratio(t, pred_count[label]))
        rs.append(ratio(t, true_count[label]))
        fs.append(ratio(2 * t, pred_count[label] + true_count[label]))
        weights.append(true_count[label])

    if average == "macro":
        n = len(labels)
        return [sum(ps) / n, sum(rs) / n, sum(fs) / n]
    total = sum(weights)
    return [sum(w * x for w, x in zip(weights, xs)) / total for xs in (ps, rs, fs)]
