class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Best profit at the end of a day in each state.
        holding, sold, free = -prices[0], 0, 0  # sold = sold today (tomorrow is a cooldown)
        for price in prices[1:]:
            holding, sold, free = max(holding, free - price), holding + price, max(free, sold)
        return max(sold, free)
