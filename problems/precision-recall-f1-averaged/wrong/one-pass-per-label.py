# Correct values, but scans the whole dataset once per label (one-vs-rest): O(n · labels), times out with many classes.
def precision_recall_f1_averaged(y_true: list, y_pred: list, average: str) -> list:
    if not y_true:
        return [0.0, 0.0, 0.0]
    labels = sorted(set(y_true) | set(y_pred))
    stats = []
    for label in labels:
        tp = fp = fn = 0
        for t, p in zip(y_true, y_pred):
            if p == label and t == label:
                tp += 1
            elif p == label:
                fp += 1
            elif t == label:
                fn += 1
        stats.append((tp, fp, fn))
    if average == "micro":
        tp = sum(s[0] for s in stats)
        fp = sum(s[1] for s in stats)
        fn = sum(s[2] for s in stats)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return [p, r, f]
    ps = [tp / (tp + fp) if tp + fp else 0.0 for tp, fp, fn in stats]
    rs = [tp / (tp + fn) if tp + fn else 0.0 for tp, fp, fn in stats]
    fs = [2 * tp / (2 * tp + fp + fn) if tp else 0.0 for tp, fp, fn in stats]
    w = [1] * len(labels) if average == "macro" else [tp + fn for tp, fp, fn in stats]
    return [sum(a * b for a, b in zip(w, xs)) / sum(w) for xs in (ps, rs, fs)]
