# Missed edge case: divides by the total sum of squares even when every target is equal.
def regression_metrics(y_true, y_pred):
    n = len(y_true)
    mean = sum(y_true) / n
    ss_res = sum((t - p) ** 2 for t, p in zip(y_true, y_pred))
    ss_tot = sum((t - mean) ** 2 for t in y_true)
    mae = sum(abs(t - p) for t, p in zip(y_true, y_pred)) / n
    return [ss_res / n, mae, 1.0 - ss_res / ss_tot]
