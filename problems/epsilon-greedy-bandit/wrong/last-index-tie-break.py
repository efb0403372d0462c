# Breaks ties between equally good arms towards the highest index (max over q with >=) instead of the lowest.
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
            a = 0
            for i in range(k):
                if q[i] >= q[a]:
                    a = i
        seq = rewards[a]
        r = seq[counts[a] % len(seq)]
        counts[a] += 1
        q[a] += (r - q[a]) / counts[a]
        chosen.append(a)
    return [chosen, q]
