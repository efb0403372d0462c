# Second implementation (the weights are defined by Python's generator, which numpy cannot replay):
# the raw draws - random() for uniform schemes, gauss(0, 1) for normal ones - are taken first from
# random.Random(seed), then numpy reshapes them to (fan_in, fan_out) and applies the scale as an
# array expression (-limit + 2·limit·u, or std·z).
import random

import numpy as np


def oracle(scheme, fan_in, fan_out, seed):
    rng = random.Random(seed)
    n = fan_in * fan_out
    fan = fan_in if scheme.startswith("he") else fan_in + fan_out
    if scheme.endswith("uniform"):
        u = np.array([rng.random() for _ in range(n)]).reshape(fan_in, fan_out)
        limit = np.sqrt(6.0 / fan)
        return (-limit + (2 * limit) * u).tolist()
    z = np.array([rng.gauss(0.0, 1.0) for _ in range(n)]).reshape(fan_in, fan_out)
    return (np.sqrt(2.0 / fan) * z).tolist()
