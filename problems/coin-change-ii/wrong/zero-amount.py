# Treats amount 0 as impossible: returns 0 instead of 1 for the empty combination.
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        if amount == 0:
            return 0
        ways = [1] + [0] * amount
        for coin in coins:
            for a in range(coin, amount + 1):
                ways[a] += ways[a - coin]
        return ways[amount]
