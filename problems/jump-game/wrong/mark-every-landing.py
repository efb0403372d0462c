# Correct answers, but marks every cell each jump can land on: O(n * max jump), too slow for 10^4 long jumps.
class Solution:
    def canJump(self, nums: List[int]) -> bool:
        n = len(nums)
        ok = [False] * n
        ok[0] = True
        for i in range(n):
            if not ok[i]:
                continue
            for j in range(i + 1, min(n, i + nums[i] + 1)):
                ok[j] = True
        return ok[-1]
