# Adds alpha to Q only (to avoid dividing by zero), leaving P unsmoothed.
def kl_divergence(p_counts: list, q_counts: list, alpha: float) -> float:
    n = len(p_counts)
    p_total = sum(p_counts)
    q_total = sum(q_counts) + n * alpha
    kl = 0.0
    for a, b in zip(p_counts, q_counts):
        p = a / p_total
        q = (b + alpha) / q_total
        if p == 0:
            continue
        if q == 0:
            return math.inf
        kl += p * math.log(p / q)
    return kl
