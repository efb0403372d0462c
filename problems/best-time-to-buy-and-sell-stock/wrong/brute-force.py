# Correct answers, but tries every pair of days: O(n^2), times out on the 6 · 10^4-day hidden case.
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        best = 0
        for i in range(len(prices)):
            for j in range(i + 1, len(prices)):
                best = max(best, prices[j] - prices[i])
        return best
