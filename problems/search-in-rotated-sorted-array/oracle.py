# Oracle: brute force, a linear scan for target.
def oracle(nums, target):
    return nums.index(target) if target in nums else -1
