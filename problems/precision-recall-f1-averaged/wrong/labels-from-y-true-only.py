# Takes the label set from y_true only, so a class that is only ever predicted is left out of the macro average.
def precision_recall_f1_averaged(y_true: list, y_pred: list, average: str) -> list:
    if not y_true:
        return [0.0, 0.0, 0.0]
    labels = sorted(set(y_true))
    tp = Counter(t for t, p in zip(y_true, y_pred) if t == p)
    tc, pc = Counter(y_true), Counter(y_pred)
    if average == "micro":
        v = sum(tp.values()) / len(y_true)
        return [v, v, v]
    ps = [tp[l] / pc[l] if pc[l] else 0.0 for l in labels]
    rs = [tp[l] / tc[l] if tc[l] else 0.0 for l in labels]
    fs = [2 * tp[l] / (pc[l] + tc[l]) if pc[l] + tc[l] else 0.0 for l in labels]
    w = [1] * len(labels) if average == "macro" else [tc[l] for l in labels]
    return [sum(a * b for a, b in zip(w, xs)) / sum(w) for xs in (ps, rs, fs)]
