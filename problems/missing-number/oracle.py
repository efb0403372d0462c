# Oracle: brute force, the one value of 0 .. n that is not in the set of nums.
def oracle(nums):
    present = set(nums)
    return next(v for v in range(len(nums) + 1) if v not in present)
