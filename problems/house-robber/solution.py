class Solution:
    def rob(self, nums: List[int]) -> int:
        skip, take = 0, 0  # best total so far without / with the previous house taken
        for x in nums:
            skip, take = max(skip, take), skip + x
        return max(skip, take)
