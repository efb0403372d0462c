# Correct recurrence, but plain recursion without memoization: exponential, times out on larger amounts.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        def fewest(a):
            if a == 0:
                return 0
            best = float('inf')
            for c in coins:
                if c <= a:
                    best = min(best, fewest(a - c) + 1)
            return best
        ans = fewest(amount)
        return ans if ans != float('inf') else -1
