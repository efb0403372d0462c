# Correct answers, but nums.count(x) for each element is O(n^2): times out on 5 · 10^4 numbers.
class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        for x in nums:
            if nums.count(x) == 1:
                return x
        return 0
