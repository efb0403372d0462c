# Independent oracle: numpy - the tensors concatenated into one array, the global norm as
# m * np.linalg.norm(v / m) with m = max |v| (so 1e200 does not overflow), then the clip coefficient
# np.minimum(1, max_norm / (norm + 1e-6)) broadcast over each tensor.
import numpy as np


def oracle(grads, max_norm):
    arrays = [np.asarray(t, dtype=float) for t in grads]
    v = np.concatenate(arrays) if arrays else np.zeros(0)
    m = np.abs(v).max() if v.size else 0.0
    norm = float(m * np.linalg.norm(v / m)) if m > 0 else 0.0
    coef = float(np.minimum(1.0, max_norm / (norm + 1e-6)))
    return [[(a * coef).tolist() for a in arrays], norm]
