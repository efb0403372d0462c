# Rounds the per-group size to the nearest integer instead of up, so it can fall just short of the requested power.
from statistics import NormalDist


def ab_sample_size(p1, p2, alpha, power):
    if p1 == p2:
        return -1
    z = NormalDist().inv_cdf
    p_bar = (p1 + p2) / 2
    root = z(1 - alpha / 2) * math.sqrt(2 * p_bar * (1 - p_bar)) + z(power) * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    return round(root ** 2 / (p1 - p2) ** 2)
