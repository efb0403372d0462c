# Misses the single-house case: both slices are empty, so it returns 0 instead of nums[0].
class Solution:
    def rob(self, nums: List[int]) -> int:
        def rob_line(houses):
            skip, take = 0, 0
            for money in houses:
                skip, take = max(skip, take), skip + money
            return max(skip, take)

        return max(rob_line(nums[1:]), rob_line(nums[:-1]))
