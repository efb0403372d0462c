# Oracle: second implementation by division: the product of the non-zero values, with the zeros counted separately.
def oracle(nums):
    zeros = nums.count(0)
    product = 1
    for x in nums:
        if x:
            product *= x
    if zeros > 1:
        return [0] * len(nums)
    if zeros == 1:
        return [product if x == 0 else 0 for x in nums]
    return [product // x for x in nums]
