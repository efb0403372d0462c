import random


def epsilon_greedy_bandit(rewards: list, steps: int, epsilon: float, seed: int) -> list:
    rng = random.Random(seed)
    k = len(rewards)
    counts = [0] * k
    q = [0.0] * k
    chosen = []
    for _ in range(steps):
        if rng.random() < epsilon:
            a = rng.randrange(k)  # explore: the second draw happens only here
        else:
            a = max(range(k), key=lambda i: (q[i], -i))  # greedy, lowest index on ties
        seq = rewards[a]
        r = seq[counts[a] % len(seq)]
        counts[a] += 1
        q[a] += (r - q[a]) / counts[a]
        chosen.append(a)
    return [chosen, q]
