# Correct answers, but for each sale day tries every earlier buy day: O(n^2), times out on 5000 prices.
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        n = len(prices)
        best = [0] * (n + 2)  # best[i]: best profit from day i on, free to buy
        for i in range(n - 1, -1, -1):
            result = best[i + 1]
            for j in range(i + 1, n):
                if prices[j] > prices[i]:
                    result = max(result, prices[j] - prices[i] + best[j + 2])
            best[i] = result
        return best[0]
