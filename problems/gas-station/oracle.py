# Oracle: drive from every start for n <= 400; otherwise prefix sums of gas - cost, where the start is the position of the lowest prefix.
from itertools import accumulate


def oracle(gas, cost):
    n = len(gas)
    if n <= 400:
        for start in range(n):
            tank = 0
            for k in range(n):
                i = (start + k) % n
                tank += gas[i] - cost[i]
                if tank < 0:
                    break
            else:
                return start
        return -1
    prefix = [0, *accumulate(g - c for g, c in zip(gas, cost))]
    if prefix[-1] < 0:
        return -1
    return min(range(n), key=lambda i: (prefix[i], i))
