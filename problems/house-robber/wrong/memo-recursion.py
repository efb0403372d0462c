# Memoized recursion is the right recurrence, but recurses once per house: RecursionError on the 20000-house case.
class Solution:
    def rob(self, nums: List[int]) -> int:
        @lru_cache(maxsize=None)
        def best(i):
            if i < 0:
                return 0
            return max(best(i - 1), best(i - 2) + nums[i])
        return best(len(nums) - 1)
