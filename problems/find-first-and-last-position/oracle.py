# Oracle: brute force, the first and last index of target by linear scans.
def oracle(nums, target):
    if target not in nums:
        return [-1, -1]
    return [nums.index(target), len(nums) - 1 - nums[::-1].index(target)]
