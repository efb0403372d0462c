# Reverses only the significant bits (bin(n) without padding), losing the zeros that should trail.
class Solution:
    def reverseBits(self, n: int) -> int:
        return int(bin(n)[2:][::-1], 2)
