# Stops at the first single-digit value and calls it happy only if it is 1, although 7 is happy.
class Solution:
    def isHappy(self, n: int) -> bool:
        while n >= 10:
            n = sum(int(d) ** 2 for d in str(n))
        return n == 1
