# Computes only KL(current || baseline), sum q · ln(q / p), instead of the symmetric PSI sum (q - p) · ln(q / p).
def psi_drift_check(baseline: list, current: list, threshold: float) -> list:
    eps = 1e-4
    b_total, c_total = sum(baseline), sum(current)
    psi = 0.0
    for b, c in zip(baseline, current):
        p = b / b_total or eps
        q = c / c_total or eps
        psi += q * math.log(q / p)
    return [psi, psi > threshold]
