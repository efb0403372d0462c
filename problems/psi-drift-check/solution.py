EPS = 1e-4


def psi_drift_check(baseline: list, current: list, threshold: float) -> list:
    b_total = sum(baseline)
    c_total = sum(current)
    psi = 0.0
    for b, c in zip(baseline, current):
        p = b / b_total or EPS  # an empty bin's proportion becomes EPS
        q = c / c_total or EPS
        psi += (q - p) * math.log(q / p)
    return [psi, psi > threshold]
