# Oracle: second implementation, groups words by their letter counts (a sorted tuple of (letter, count) pairs).
from collections import Counter


def oracle(strs):
    groups = {}
    for word in strs:
        groups.setdefault(tuple(sorted(Counter(word).items())), []).append(word)
    return list(groups.values())
