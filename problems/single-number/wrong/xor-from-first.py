# Starts the XOR from nums[0] and then XORs every element, so nums[0] cancels itself out.
class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        result = nums[0]
        for x in nums:
            result ^= x
        return result
