class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        missing = len(nums)  # start from n, the one index with no slot in nums
        for i, x in enumerate(nums):
            missing ^= i ^ x  # every value present cancels against its own index
        return missing
