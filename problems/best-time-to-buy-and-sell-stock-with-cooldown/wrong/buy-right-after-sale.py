# Lets the free state absorb today's sale before buying, so a buy can follow a sale with no day in between.
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        holding, free = -prices[0], 0
        for price in prices[1:]:
            free = max(free, holding + price)
            holding = max(holding, free - price)
        return free
