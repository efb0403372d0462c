# Wrong baseline: R² measures spread around the mean of the predictions instead of the targets.
def regression_metrics(y_true, y_pred):
    n = len(y_true)
    mean = sum(y_pred) / n
    ss_res = sum((t - p) ** 2 for t, p in zip(y_true, y_pred))
    ss_tot = sum((t - mean) ** 2 for t in y_true)
    mae = sum(abs(t - p) for t, p in zip(y_true, y_pred)) / n
    if ss_tot == 0:
        r2 = 1.0 if ss_res == 0 else 0.0
    else:
        r2 = 1.0 - ss_res / ss_tot
    return [ss_res / n, mae, r2]
