# Independent oracle: scipy.stats.entropy(p, q) (KL divergence in nats, normalising its inputs)
# on the smoothed counts.
import numpy as np
from scipy.stats import entropy


def oracle(p_counts, q_counts, alpha):
    p = np.asarray(p_counts, dtype=float) + alpha
    q = np.asarray(q_counts, dtype=float) + alpha
    return float(entropy(p, q))
