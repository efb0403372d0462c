class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        best = hi = lo = nums[0]  # hi / lo: largest and smallest product of a subarray ending here
        for x in nums[1:]:
            candidates = (x, x * hi, x * lo)
            hi, lo = max(candidates), min(candidates)
            best = max(best, hi)
        return best
