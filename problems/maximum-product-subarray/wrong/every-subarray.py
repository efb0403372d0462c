# Correct answers, but multiplies out every subarray: O(n^2), times out on 20,000 numbers.
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        best = nums[0]
        for i in range(len(nums)):
            product = 1
            for j in range(i, len(nums)):
                product *= nums[j]
                if product > best:
                    best = product
        return best
