# Clips each tensor to max_norm by its own norm instead of all tensors together by the global norm.
import math


def clip_by_global_norm(grads, max_norm):
    flat = [g for tensor in grads for g in tensor]
    total = math.hypot(*flat) if flat else 0.0
    out = []
    for t in grads:
        n = math.hypot(*t) if t else 0.0
        out.append([g * min(1.0, max_norm / (n + 1e-6)) for g in t])
    return [out, total]
