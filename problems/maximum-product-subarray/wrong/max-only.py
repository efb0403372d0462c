# Kadane's rule carried over to products: keeps only the running maximum, so two negatives never multiply into a large product.
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        best = hi = nums[0]
        for x in nums[1:]:
            hi = max(x, x * hi)
            best = max(best, hi)
        return best
