# Oracle: brute force over all 2^n bitmasks.
def oracle(nums):
    n = len(nums)
    return [[nums[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n)]
