def kl_divergence(p_counts: list, q_counts: list, alpha: float) -> float:
    n = len(p_counts)
    p_total = sum(p_counts) + n * alpha
    q_total = sum(q_counts) + n * alpha
    kl = 0.0
    for a, b in zip(p_counts, q_counts):
        p = (a + alpha) / p_total
        q = (b + alpha) / q_total
        if p == 0:
            continue  # 0 · log(0 / q) = 0 by convention
        if q == 0:
            return math.inf  # P puts mass where Q has none
        kl += p * math.log(p / q)
    return kl
