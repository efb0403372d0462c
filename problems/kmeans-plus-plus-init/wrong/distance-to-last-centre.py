# Measures each point's distance to the most recently chosen centre only, not to the nearest of all chosen centres.
import random


def kmeans_pp_init(points: list, k: int, seed: int) -> list:
    rng = random.Random(seed)
    n = len(points)
    sq = lambda p, q: sum((a - b) ** 2 for a, b in zip(p, q))
    chosen = [rng.randrange(n)]
    while len(chosen) < k:
        d = [sq(p, points[chosen[-1]]) for p in points]
        total = sum(d)
        if total == 0:
            nxt = min(i for i in range(n) if i not in chosen)
        else:
            u = rng.random() * total
            acc, nxt = 0, None
            for i, di in enumerate(d):
                acc += di
                if acc > u:
                    nxt = i
                    break
        chosen.append(nxt)
    return chosen
