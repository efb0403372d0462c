# Takes every other house (even positions or odd positions, dropping the last if it touches the first).
class Solution:
    def rob(self, nums: List[int]) -> int:
        n = len(nums)
        if n == 1:
            return nums[0]
        evens = sum(nums[i] for i in range(0, n - 1 if n % 2 else n, 2))
        odds = sum(nums[i] for i in range(1, n, 2))
        return max(evens, odds)
