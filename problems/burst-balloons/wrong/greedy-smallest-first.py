# Greedy: always bursts the balloon with the smallest number first.
class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        row = list(nums)
        coins = 0
        while row:
            i = min(range(len(row)), key=lambda k: row[k])
            left = row[i - 1] if i > 0 else 1
            right = row[i + 1] if i + 1 < len(row) else 1
            coins += left * row[i] * right
            row.pop(i)
        return coins
