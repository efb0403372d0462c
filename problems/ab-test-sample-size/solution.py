from statistics import NormalDist


def ab_sample_size(p1: float, p2: float, alpha: float, power: float) -> int:
    if p1 == p2:
        return -1  # no difference to detect
    z = NormalDist().inv_cdf
    z_alpha = z(1 - alpha / 2)  # two-sided test
    z_beta = z(power)
    p_bar = (p1 + p2) / 2
    root = z_alpha * math.sqrt(2 * p_bar * (1 - p_bar)) + z_beta * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    return math.ceil(root ** 2 / (p1 - p2) ** 2)  # round up: a fraction of a user is a whole user
