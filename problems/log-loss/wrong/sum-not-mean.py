# Returns the summed loss instead of the mean over samples.
def log_loss(y_true: list, y_prob: list) -> float:
    eps = 1e-15
    total = 0.0
    for y, p in zip(y_true, y_prob):
        p = min(max(p, eps), 1 - eps)
        total -= math.log(p) if y == 1 else math.log(1 - p)
    return total
