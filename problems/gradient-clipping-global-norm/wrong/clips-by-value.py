# Clamps every element to [-max_norm, max_norm] (clipping by value) instead of rescaling by the global norm.
import math


def clip_by_global_norm(grads, max_norm):
    flat = [g for tensor in grads for g in tensor]
    total = math.hypot(*flat) if flat else 0.0
    return [[[max(-max_norm, min(max_norm, g)) for g in t] for t in grads], total]
