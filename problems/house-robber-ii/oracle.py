# Oracle: exhaustive search over every subset for n <= 16; otherwise a one-pass DP whose state records whether house 0 was taken.


def _exhaustive(nums):
    n = len(nums)
    best = 0
    for mask in range(1 << n):
        if n > 1 and (mask & (mask << 1) or (mask & 1 and mask >> (n - 1) & 1)):
            continue
        best = max(best, sum(nums[i] for i in range(n) if mask >> i & 1))
    return best


def oracle(nums):
    n = len(nums)
    if n <= 16:
        return _exhaustive(nums)
    neg = float("-inf")
    # state[first_taken][last_taken] = best total over the houses seen so far
    state = {(0, 0): 0, (1, 1): nums[0], (0, 1): neg, (1, 0): neg}
    for x in nums[1:]:
        new = {}
        for first in (0, 1):
            new[(first, 0)] = max(state[(first, 0)], state[(first, 1)])
            new[(first, 1)] = state[(first, 0)] + x
        state = new
    return max(state[(0, 0)], state[(0, 1)], state[(1, 0)])
