# Oracle: every subset without neighbours for n <= 16; otherwise take[i] = nums[i] + the best take[j] with j <= i - 2 (a running prefix maximum).


def oracle(nums):
    n = len(nums)
    if n <= 16:
        best = 0
        for mask in range(1 << n):
            if mask & (mask << 1) == 0:
                best = max(best, sum(nums[i] for i in range(n) if mask >> i & 1))
        return best
    take = []
    best_before = 0  # max of take[j] for j <= i - 2
    for i, x in enumerate(nums):
        if i >= 2:
            best_before = max(best_before, take[i - 2])
        take.append(x + best_before)
    return max(take)
