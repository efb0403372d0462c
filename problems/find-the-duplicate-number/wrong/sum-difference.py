# Wrong assumption: subtracts 1 + 2 + ... + n from the sum, which only works if the duplicate appears exactly twice and every other value once.
class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        n = len(nums) - 1
        return sum(nums) - n * (n + 1) // 2
