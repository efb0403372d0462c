# Adds eps to every proportion instead of replacing only the zero ones.
def psi_drift_check(baseline: list, current: list, threshold: float) -> list:
    eps = 1e-4
    b_total, c_total = sum(baseline), sum(current)
    psi = 0.0
    for b, c in zip(baseline, current):
        p = b / b_total + eps
        q = c / c_total + eps
        psi += (q - p) * math.log(q / p)
    return [psi, psi > threshold]
