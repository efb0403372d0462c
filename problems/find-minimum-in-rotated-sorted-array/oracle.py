# Oracle: brute force, the minimum by a linear scan.
def oracle(nums):
    return min(nums)
