# Returns bisect_left's insertion point without checking that the target is actually there.
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        i = bisect_left(nums, target)
        return i if i < len(nums) else -1
