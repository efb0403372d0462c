# Correct counts, but plain recursion explores every combination one by one: exponential, times out.
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        def count(i, left):
            if left == 0:
                return 1
            if i == len(coins) or left < 0:
                return 0
            return count(i, left - coins[i]) + count(i + 1, left)
        return count(0, amount)
