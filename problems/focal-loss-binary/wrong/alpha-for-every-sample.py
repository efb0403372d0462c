# Mistake: alpha weights every sample, instead of alpha for positives and 1 - alpha for negatives.
import math

EPS = 1e-7


def focal_loss_binary(logits: list, targets: list, alpha: float, gamma: float) -> list:
    n = len(logits)
    total = 0.0
    grads = []
    for z, y in zip(logits, targets):
        p_raw = 1.0 / (1.0 + math.exp(-z))
        p = min(max(p_raw, EPS), 1.0 - EPS)
        if y == 1:
            pt, at, sign = p, alpha, 1.0
        else:
            pt, at, sign = 1.0 - p, alpha, -1.0
        q = 1.0 - pt
        log_pt = math.log(pt)
        total += -at * q ** gamma * log_pt

        if p_raw < EPS or p_raw > 1.0 - EPS:
            grads.append(0.0)  # the clamp is flat here
            continue
        # dFL/dpt = at * (gamma * q^(gamma-1) * log pt - q^gamma / pt); written with q^gamma factored out
        # of the z-derivative to avoid q^(gamma-1): dFL/dz = dFL/dpt * sign * p(1 - p), and p(1 - p) = pt * q.
        dfl_dz = at * (gamma * pt * q ** gamma * log_pt - q ** (gamma + 1)) * sign
        grads.append(dfl_dz / n)
    return [total / n, grads]
