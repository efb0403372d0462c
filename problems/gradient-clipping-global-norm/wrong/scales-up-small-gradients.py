# Always multiplies by max_norm / norm, which also scales up gradients whose norm is already below the limit.
import math


def clip_by_global_norm(grads, max_norm):
    flat = [g for tensor in grads for g in tensor]
    total = math.hypot(*flat) if flat else 0.0
    s = max_norm / (total + 1e-6)
    return [[[g * s for g in t] for t in grads], total]
