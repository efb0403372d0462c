# Draws normals with rng.normalvariate, which gives different numbers from the stated rng.gauss for the same seed.
import math
import random


def init_weights(scheme: str, fan_in: int, fan_out: int, seed: int) -> list:
    rng = random.Random(seed)
    if scheme == "xavier_uniform":
        limit = math.sqrt(6.0 / (fan_in + fan_out))
        draw = lambda: rng.uniform(-limit, limit)
    elif scheme == "xavier_normal":
        std = math.sqrt(2.0 / (fan_in + fan_out))
        draw = lambda: rng.normalvariate(0.0, std)
    elif scheme == "he_uniform":
        limit = math.sqrt(6.0 / fan_in)
        draw = lambda: rng.uniform(-limit, limit)
    else:
        std = math.sqrt(2.0 / fan_in)
        draw = lambda: rng.normalvariate(0.0, std)
    return [[draw() for _ in range(fan_out)] for _ in range(fan_in)]
