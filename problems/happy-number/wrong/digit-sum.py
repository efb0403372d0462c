# Sums the digits instead of their squares.
class Solution:
    def isHappy(self, n: int) -> bool:
        seen = set()
        while n != 1 and n not in seen:
            seen.add(n)
            n = sum(int(d) for d in str(n))
        return n == 1
