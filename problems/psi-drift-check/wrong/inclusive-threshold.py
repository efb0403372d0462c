# Flags drift when psi >= threshold, so a PSI exactly at the threshold (e.g. 0 with threshold 0) counts as drift.
def psi_drift_check(baseline: list, current: list, threshold: float) -> list:
    eps = 1e-4
    b_total, c_total = sum(baseline), sum(current)
    psi = 0.0
    for b, c in zip(baseline, current):
        p = b / b_total or eps
        q = c / c_total or eps
        psi += (q - p) * math.log(q / p)
    return [psi, psi >= threshold]
