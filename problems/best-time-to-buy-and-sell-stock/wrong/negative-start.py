# Starts the answer at the first day-to-day difference instead of 0, so falling prices report a loss.
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        if len(prices) < 2:
            return 0
        best = prices[1] - prices[0]
        cheapest = prices[0]
        for p in prices[1:]:
            best = max(best, p - cheapest)
            cheapest = min(cheapest, p)
        return best
