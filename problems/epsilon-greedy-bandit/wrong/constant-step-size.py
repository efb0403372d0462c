# Uses a constant step size of 0.1 (an exponential average) instead of the sample average 1 / count.
import random


def epsilon_greedy_bandit(rewards: list, steps: int, epsilon: float, seed: int) -> list:
    rng = random.Random(seed)
    k = len(rewards)
    counts = [0] * k
    q = [0.0] * k
    chosen = []
    for _ in range(steps):
        if rng.random() < epsilon:
            a = rng.randrange(k)
        else:
            a = max(range(k), key=lambda i: (q[i], -i))
        seq = rewards[a]
        r = seq[counts[a] % len(seq)]
        counts[a] += 1
        q[a] += 0.1 * (r - q[a])
        chosen.append(a)
    return [chosen, q]
