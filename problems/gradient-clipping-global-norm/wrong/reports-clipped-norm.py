# Returns the norm after clipping instead of the norm of the gradients it was given.
import math


def clip_by_global_norm(grads, max_norm):
    flat = [g for tensor in grads for g in tensor]
    total = math.hypot(*flat) if flat else 0.0
    s = min(1.0, max_norm / (total + 1e-6))
    return [[[g * s for g in t] for t in grads], total * s]
