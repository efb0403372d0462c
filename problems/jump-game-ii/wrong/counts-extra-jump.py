# Loops over every index including the last, so it counts one jump too many whenever a window ends on the last index (and 1 for [0]).
class Solution:
    def jump(self, nums: List[int]) -> int:
        jumps = window_end = farthest = 0
        for i in range(len(nums)):
            farthest = max(farthest, i + nums[i])
            if i == window_end:
                jumps += 1
                window_end = farthest
        return jumps
