# Sums the range 0 .. n - 1 instead of 0 .. n, so it fails whenever n itself is the missing number.
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        n = len(nums)
        expected = sum(range(n))
        return abs(expected - sum(nums))
