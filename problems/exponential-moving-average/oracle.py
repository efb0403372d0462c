# Independent oracle: the EMA as a first-order IIR filter, scipy.signal.lfilter with
# b = [alpha], a = [1, alpha - 1] and the initial state chosen so that s_0 = x_0.
import numpy as np
from scipy.signal import lfilter


def oracle(values, alpha):
    if not values:
        return []
    x = np.asarray(values, dtype=float)
    y, _ = lfilter([alpha], [1.0, alpha - 1.0], x, zi=[(1.0 - alpha) * x[0]])
    return [float(v) for v in y]
