# Oracle: every sequence of actions for n <= 14; otherwise a backward DP over (day, holding) where a sale jumps two days ahead.
from functools import lru_cache


def _search(prices):
    @lru_cache(None)
    def go(i, holding):
        if i >= len(prices):
            return 0
        best = go(i + 1, holding)  # do nothing today
        if holding:
            best = max(best, prices[i] + go(i + 2, False))
        else:
            best = max(best, -prices[i] + go(i + 1, True))
        return best
    return go(0, False)


def oracle(prices):
    if len(prices) <= 14:
        return _search(prices)
    n = len(prices)
    free = [0] * (n + 2)
    hold = [0] * (n + 2)
    for i in range(n - 1, -1, -1):
        free[i] = max(free[i + 1], hold[i + 1] - prices[i])
        hold[i] = max(hold[i + 1], prices[i] + free[i + 2])
    return free[0]
