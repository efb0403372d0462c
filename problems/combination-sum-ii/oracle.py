# Oracle: second algorithm, counting: group equal values, then for each distinct value choose how many of its copies to take.
from collections import Counter


def oracle(candidates, target):
    groups = sorted(Counter(candidates).items())
    found = []

    def choose(g, remaining, chosen):
        if remaining == 0:
            found.append(list(chosen))
            return
        if g == len(groups) or groups[g][0] > remaining:
            return
        value, copies = groups[g]
        for k in range(min(copies, remaining // value), -1, -1):
            choose(g + 1, remaining - k * value, chosen + [value] * k)

    choose(0, target, [])
    return found
