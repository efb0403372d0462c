# Macro / weighted F1 taken as the harmonic mean of the averaged precision and recall, not the average of per-class F1.
def precision_recall_f1_averaged(y_true: list, y_pred: list, average: str) -> list:
    if not y_true:
        return [0.0, 0.0, 0.0]
    labels = sorted(set(y_true) | set(y_pred))
    tp = Counter(t for t, p in zip(y_true, y_pred) if t == p)
    tc, pc = Counter(y_true), Counter(y_pred)
    if average == "micro":
        v = sum(tp.values()) / len(y_true)
        return [v, v, v]
    ps = [tp[l] / pc[l] if pc[l] else 0.0 for l in labels]
    rs = [tp[l] / tc[l] if tc[l] else 0.0 for l in labels]
    if average == "macro":
        w = [1] * len(labels)
    else:
        w = [tc[l] for l in labels]
    p = sum(a * b for a, b in zip(w, ps)) / sum(w)
    r = sum(a * b for a, b in zip(w, rs)) / sum(w)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return [p, r, f]
