def regression_metrics(y_true: list, y_pred: list) -> list:
    n = len(y_true)
    mean = sum(y_true) / n
    ss_res = 0.0
    abs_err = 0.0
    ss_tot = 0.0
    for t, p in zip(y_true, y_pred):
        d = t - p
        ss_res += d * d
        abs_err += abs(d)
        ss_tot += (t - mean) ** 2
    mse = ss_res / n
    mae = abs_err / n
    if ss_tot == 0:
        r2 = 1.0 if ss_res == 0 else 0.0
    else:
        r2 = 1.0 - ss_res / ss_tot
    return [mse, mae, r2]
