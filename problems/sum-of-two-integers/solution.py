class Solution:
    def getSum(self, a: int, b: int) -> int:
        mask = 0xFFFFFFFF  # simulate 32-bit registers: Python integers are unbounded
        a &= mask
        b &= mask
        while b:
            carry = ((a & b) << 1) & mask
            a = (a ^ b) & mask  # sum without the carries
            b = carry
        # bit 31 set: a negative number in two's complement
        return a if a <= 0x7FFFFFFF else ~(a ^ mask)
