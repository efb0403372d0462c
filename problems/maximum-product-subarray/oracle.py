# Oracle: every subarray for n <= 300; otherwise the best prefix or suffix product, restarting after each zero (a second, two-pass algorithm).


def oracle(nums):
    n = len(nums)
    if n <= 300:
        best = nums[0]
        for i in range(n):
            product = 1
            for j in range(i, n):
                product *= nums[j]
                best = max(best, product)
        return best
    best = max(nums)
    for order in (nums, nums[::-1]):
        product = 1
        for x in order:
            product = x if product == 0 else product * x
            best = max(best, product)
    return best
