# Deduplicates with a set of tuples but never sorts, so [1, 2] and [2, 1] count as different subsets.
class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        seen = set()
        n = len(nums)
        for mask in range(1 << n):
            seen.add(tuple(nums[i] for i in range(n) if mask >> i & 1))
        return [list(t) for t in seen]
