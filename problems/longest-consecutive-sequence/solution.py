class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        values = set(nums)
        best = 0
        for x in values:
            if x - 1 in values:
                continue  # not the start of a run
            end = x + 1
            while end in values:
                end += 1
            best = max(best, end - x)
        return best
