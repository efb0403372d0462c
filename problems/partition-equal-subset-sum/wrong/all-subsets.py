# Correct answers, but tries every subset by recursion without memoisation: 2^n, hopeless for 200 numbers.
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False

        def pick(i, need):
            if need == 0:
                return True
            if i == len(nums) or need < 0:
                return False
            return pick(i + 1, need - nums[i]) or pick(i + 1, need)

        return pick(0, total // 2)
