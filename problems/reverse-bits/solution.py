class Solution:
    def reverseBits(self, n: int) -> int:
        result = 0
        for _ in range(32):  # all 32 positions, leading zeros included
            result = (result << 1) | (n & 1)
            n >>= 1
        return result
