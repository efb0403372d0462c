# Deterministically takes the farthest point (largest squared distance, lowest index) instead of sampling proportionally to it.
import random


def kmeans_pp_init(points: list, k: int, seed: int) -> list:
    rng = random.Random(seed)
    n = len(points)
    sq = lambda p, q: sum((a - b) ** 2 for a, b in zip(p, q))
    chosen = [rng.randrange(n)]
    d = [sq(p, points[chosen[0]]) for p in points]
    while len(chosen) < k:
        if sum(d) == 0:
            nxt = min(i for i in range(n) if i not in chosen)
        else:
            rng.random()
            nxt = max(range(n), key=lambda i: (d[i], -i))
        chosen.append(nxt)
        d = [min(di, sq(p, points[nxt])) for di, p in zip(d, points)]
    return chosen
