# Oracle: every subset of triplets merged for n <= 12; otherwise the set of positions matched exactly by some triplet that never exceeds the target.
from itertools import combinations


def oracle(triplets, target):
    n = len(triplets)
    if n <= 12:
        for size in range(1, n + 1):
            for group in combinations(triplets, size):
                if [max(t[k] for t in group) for k in range(3)] == target:
                    return True
        return False
    matched = set()
    for t in triplets:
        if all(t[k] <= target[k] for k in range(3)):
            matched.update(k for k in range(3) if t[k] == target[k])
    return len(matched) == 3
