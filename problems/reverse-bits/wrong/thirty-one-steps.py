# Loops 31 times instead of 32, so every bit lands one position too low.
class Solution:
    def reverseBits(self, n: int) -> int:
        result = 0
        for _ in range(31):
            result = (result << 1) | (n & 1)
            n >>= 1
        return result
