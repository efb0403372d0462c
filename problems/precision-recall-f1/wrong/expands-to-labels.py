# Correct values, but rebuilds y_true / y_pred lists from the counts and loops over them: O(samples), times out.
def precision_recall_f1(cm: list) -> list:
    (tn, fp), (fn, tp) = cm
    y_true = [0] * (tn + fp) + [1] * (fn + tp)
    y_pred = [0] * tn + [1] * fp + [0] * fn + [1] * tp
    t_p = f_p = f_n = 0
    for t, p in zip(y_true, y_pred):
        if p == 1 and t == 1:
            t_p += 1
        elif p == 1:
            f_p += 1
        elif t == 1:
            f_n += 1
    precision = t_p / (t_p + f_p) if t_p + f_p else 0.0
    recall = t_p / (t_p + f_n) if t_p + f_n else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return [precision, recall, f1]
