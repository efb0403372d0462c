# Weights the draw by the Euclidean distance instead of the squared distance.
import math
import random


def kmeans_pp_init(points: list, k: int, seed: int) -> list:
    rng = random.Random(seed)
    n = len(points)
    dist = lambda p, q: math.sqrt(sum((a - b) ** 2 for a, b in zip(p, q)))
    chosen = [rng.randrange(n)]
    d = [dist(p, points[chosen[0]]) for p in points]
    while len(chosen) < k:
        total = sum(d)
        if total == 0:
            nxt = min(i for i in range(n) if i not in chosen)
        else:
            u = rng.random() * total
            acc, nxt = 0.0, None
            for i, di in enumerate(d):
                acc += di
                if acc > u:
                    nxt = i
                    break
            if nxt is None:
                nxt = max(i for i in range(n) if d[i] > 0)
        chosen.append(nxt)
        d = [min(di, dist(p, points[nxt])) for di, p in zip(d, points)]
    return chosen
