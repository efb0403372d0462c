# Oracle: second implementation, vectorised numpy: loss from the clamped probabilities, gradient as
# dFL/dp_t (zero where the clamp is active) times dp_t/dz = ±p(1 − p).
import numpy as np

EPS = 1e-7


def oracle(logits, targets, alpha, gamma):
    z = np.asarray(logits, dtype=float)
    y = np.asarray(targets, dtype=float)
    n = z.size
    p_raw = 1.0 / (1.0 + np.exp(-z))
    p = np.clip(p_raw, EPS, 1 - EPS)
    inside = (p_raw >= EPS) & (p_raw <= 1 - EPS)
    pt = np.where(y == 1, p, 1 - p)
    at = np.where(y == 1, alpha, 1 - alpha)
    loss = -at * (1 - pt) ** gamma * np.log(pt)
    # d/dpt of -at (1-pt)^g log pt
    if gamma == 0:
        mod_term = np.zeros_like(pt)
    else:
        mod_term = gamma * (1 - pt) ** (gamma - 1) * np.log(pt)
    dl_dpt = -at * (-mod_term + (1 - pt) ** gamma / pt)
    dpt_dz = np.where(y == 1, 1.0, -1.0) * p * (1 - p)
    grad = np.where(inside, dl_dpt * dpt_dz, 0.0) / n
    return [float(loss.mean()), [float(g) for g in grad]]
