# Uses the shortcut (z_a + z_b)² · 2·p̄(1 − p̄) / δ², putting the pooled variance under the power term too.
from statistics import NormalDist


def ab_sample_size(p1, p2, alpha, power):
    if p1 == p2:
        return -1
    z = NormalDist().inv_cdf
    p_bar = (p1 + p2) / 2
    return math.ceil((z(1 - alpha / 2) + z(power)) ** 2 * 2 * p_bar * (1 - p_bar) / (p1 - p2) ** 2)
