class Solution:
    def jump(self, nums: List[int]) -> int:
        jumps = 0
        window_end = 0  # last index reachable with `jumps` jumps
        farthest = 0    # last index reachable with one more jump
        for i in range(len(nums) - 1):
            farthest = max(farthest, i + nums[i])
            if i == window_end:  # leaving the current window costs one more jump
                jumps += 1
                window_end = farthest
        return jumps
