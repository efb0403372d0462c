# Ignores the cooldown: sums every day-to-day rise, as if one could sell and buy back on the same day.
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        return sum(max(0, b - a) for a, b in zip(prices, prices[1:]))
