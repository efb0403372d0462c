import math


def clip_by_global_norm(grads: list, max_norm: float) -> list:
    flat = [g for tensor in grads for g in tensor]
    # One L2 norm over every tensor together. Squaring 1e200 overflows, so factor out the largest
    # magnitude first (math.hypot(*flat) does the same).
    big = max((abs(g) for g in flat), default=0.0)
    total = big * math.sqrt(sum((g / big) ** 2 for g in flat)) if big > 0 else 0.0
    scale = min(1.0, max_norm / (total + 1e-6))  # never scales gradients up
    return [[[g * scale for g in tensor] for tensor in grads], total]
