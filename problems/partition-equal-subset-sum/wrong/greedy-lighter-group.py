# Greedy: sorts descending and puts each number into the currently lighter group.
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        left = right = 0
        for x in sorted(nums, reverse=True):
            if left <= right:
                left += x
            else:
                right += x
        return left == right
