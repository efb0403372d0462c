# Draws the random arm on every step (even when exploiting), which shifts the random sequence away from the stated one.
import random


def epsilon_greedy_bandit(rewards: list, steps: int, epsilon: float, seed: int) -> list:
    rng = random.Random(seed)
    k = len(rewards)
    counts = [0] * k
    q = [0.0] * k
    chosen = []
    for _ in range(steps):
        explore = rng.random() < epsilon
        rand_arm = rng.randrange(k)
        a = rand_arm if explore else max(range(k), key=lambda i: (q[i], -i))
        seq = rewards[a]
        r = seq[counts[a] % len(seq)]
        counts[a] += 1
        q[a] += (r - q[a]) / counts[a]
        chosen.append(a)
    return [chosen, q]
