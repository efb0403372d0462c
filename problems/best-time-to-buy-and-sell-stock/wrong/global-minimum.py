# Buys at the global minimum and sells at the highest price after it, missing better earlier trades.
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        i = prices.index(min(prices))
        return max(prices[i:]) - prices[i]
