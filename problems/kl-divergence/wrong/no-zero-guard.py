# Evaluates p · log(p / q) for every bin, so an empty bin (with alpha = 0) hits log(0) or a division by zero.
def kl_divergence(p_counts: list, q_counts: list, alpha: float) -> float:
    n = len(p_counts)
    p_total = sum(p_counts) + n * alpha
    q_total = sum(q_counts) + n * alpha
    kl = 0.0
    for a, b in zip(p_counts, q_counts):
        p = (a + alpha) / p_total
        q = (b + alpha) / q_total
        kl += p * math.log(p / q)
    return kl
