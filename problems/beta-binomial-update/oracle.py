# Independent oracle: scipy.stats.beta for the posterior mean and variance; the mode found numerically
# by maximising scipy's log-density with a bounded scalar optimiser (no closed formula), None when the
# density has no interior maximum (a <= 1 or b <= 1).
import numpy as np
from scipy import optimize, stats


def oracle(alpha, beta, batches):
    s = sum(x for x, _ in batches)
    f = sum(t - x for x, t in batches)
    a, b = alpha + s, beta + f
    dist = stats.beta(a, b)
    mode = None
    if a > 1 and b > 1:
        res = optimize.minimize_scalar(lambda x: -dist.logpdf(x), bounds=(1e-12, 1 - 1e-12),
                                       method="bounded", options={"xatol": 1e-12})
        mode = float(res.x)
    return [float(a), float(b), float(dist.mean()), float(dist.var()), mode]
