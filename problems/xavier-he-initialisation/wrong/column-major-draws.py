# Fills the matrix column by column, so the seeded draws land on different weights.
import math
import random


def init_weights(scheme: str, fan_in: int, fan_out: int, seed: int) -> list:
    rng = random.Random(seed)
    if scheme == "xavier_uniform":
        limit = math.sqrt(6.0 / (fan_in + fan_out))
        draw = lambda: rng.uniform(-limit, limit)
    elif scheme == "xavier_normal":
        std = math.sqrt(2.0 / (fan_in + fan_out))
        draw = lambda: rng.gauss(0.0, std)
    elif scheme == "he_uniform":
        limit = math.sqrt(6.0 / fan_in)
        draw = lambda: rng.uniform(-limit, limit)
    else:
        std = math.sqrt(2.0 / fan_in)
        draw = lambda: rng.gauss(0.0, std)
    cols = [[draw() for _ in range(fan_in)] for _ in range(fan_out)]
    return [list(r) for r in zip(*cols)]
