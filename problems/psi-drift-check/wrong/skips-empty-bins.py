# Skips any bin that is empty on either side instead of flooring its proportion at eps, hiding a category that appeared or vanished.
def psi_drift_check(baseline: list, current: list, threshold: float) -> list:
    b_total, c_total = sum(baseline), sum(current)
    psi = 0.0
    for b, c in zip(baseline, current):
        if b == 0 or c == 0:
            continue
        p, q = b / b_total, c / c_total
        psi += (q - p) * math.log(q / p)
    return [psi, psi > threshold]
