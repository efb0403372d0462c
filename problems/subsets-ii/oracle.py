# Oracle: brute force over all 2^n bitmasks, each subset sorted into a tuple and deduplicated with a set.
def oracle(nums):
    n = len(nums)
    seen = {tuple(sorted(nums[i] for i in range(n) if mask >> i & 1)) for mask in range(1 << n)}
    return [list(t) for t in sorted(seen)]
