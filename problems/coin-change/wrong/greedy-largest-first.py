# Greedy: takes as many of the largest coin as possible, then the next; not optimal for coins like [1, 3, 4].
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        count = 0
        for c in sorted(coins, reverse=True):
            count += amount // c
            amount %= c
        return count if amount == 0 else -1
