# Oracle: second implementation, bisect with a key over the speeds 1..max(piles) (hours needed is non-increasing in the speed); the generator also checked it against a linear scan on small cases.
from bisect import bisect_left


def oracle(piles, h):
    def too_slow(k):
        # 1 while speed k needs more than h hours, else 0: a non-decreasing key over the speeds
        return 0 if sum(-(-p // k) for p in piles) <= h else -1

    speeds = range(1, max(piles) + 1)
    return speeds[bisect_left(speeds, 0, key=too_slow)]
