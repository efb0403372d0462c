# Too slow: walks upward from every value, not only from run starts, so one long run costs O(n^2).
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        values = set(nums)
        best = 0
        for x in nums:
            length = 1
            while x + length in values:
                length += 1
            best = max(best, length)
        return best
