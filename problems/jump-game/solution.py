class Solution:
    def canJump(self, nums: List[int]) -> bool:
        reach = 0  # farthest index reachable so far
        last = len(nums) - 1
        for i, jump in enumerate(nums):
            if i > reach:
                return False
            reach = max(reach, i + jump)
            if reach >= last:
                return True
        return True
