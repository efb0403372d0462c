class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        ways = [1] + [0] * amount  # ways[a]: combinations of the coins handled so far that make a
        for coin in coins:  # one denomination at a time, so each combination is counted once
            for a in range(coin, amount + 1):
                ways[a] += ways[a - coin]
        return ways[amount]
