class Solution:
    def rob(self, nums: List[int]) -> int:
        if len(nums) == 1:
            return nums[0]

        def rob_line(houses):
            skip, take = 0, 0  # best so far with the previous house skipped / possibly taken
            for money in houses:
                skip, take = max(skip, take), skip + money
            return max(skip, take)

        # The first and last house are neighbours: leave out one of them.
        return max(rob_line(nums[1:]), rob_line(nums[:-1]))
