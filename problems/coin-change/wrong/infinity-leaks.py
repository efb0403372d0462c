# Forgets to map the "impossible" sentinel back to -1: returns amount + 1 when the amount cannot be made.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        best = [0] + [amount + 1] * amount
        for a in range(1, amount + 1):
            for c in coins:
                if c <= a:
                    best[a] = min(best[a], best[a - c] + 1)
        return best[amount]
