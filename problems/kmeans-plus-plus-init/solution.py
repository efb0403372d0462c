import random


def kmeans_pp_init(points: list, k: int, seed: int) -> list:
    rng = random.Random(seed)
    n = len(points)

    def sq(p, q):
        return sum((a - b) ** 2 for a, b in zip(p, q))

    chosen = [rng.randrange(n)]
    d = [sq(p, points[chosen[0]]) for p in points]
    while len(chosen) < k:
        total = sum(d)
        if total == 0:
            nxt = min(i for i in range(n) if i not in chosen)  # only duplicates left
        else:
            u = rng.random() * total
            acc = 0
            nxt = None
            for i, di in enumerate(d):
                acc += di
                if acc > u:
                    nxt = i
                    break
            if nxt is None:  # rounding guard: last point with positive weight
                nxt = max(i for i in range(n) if d[i] > 0)
        chosen.append(nxt)
        c = points[nxt]
        d = [min(di, sq(p, c)) for di, p in zip(d, points)]
    return chosen
