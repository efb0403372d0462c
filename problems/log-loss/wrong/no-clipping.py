# Does not clip: a confident prediction of exactly 0 or 1 hits log(0) and raises "math domain error".
def log_loss(y_true: list, y_prob: list) -> float:
    total = 0.0
    for y, p in zip(y_true, y_prob):
        total -= y * math.log(p) + (1 - y) * math.log(1 - p)
    return total / len(y_true)
