# Counts multisets of moves (how many 2-steps), not ordered sequences: 1 + 2 and 2 + 1 are counted once.
class Solution:
    def climbStairs(self, n: int) -> int:
        return n // 2 + 1
