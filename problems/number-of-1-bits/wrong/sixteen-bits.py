# Looks at the low 16 bits only, as if n were a 16-bit number.
class Solution:
    def hammingWeight(self, n: int) -> int:
        return sum((n >> i) & 1 for i in range(16))
