class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        a = [int(d) for d in reversed(num1)]  # least significant digit first
        b = [int(d) for d in reversed(num2)]
        slots = [0] * (len(a) + len(b))
        for i, x in enumerate(a):
            if x:
                for j, y in enumerate(b):
                    slots[i + j] += x * y
        carry = 0
        for k in range(len(slots)):
            carry, slots[k] = divmod(slots[k] + carry, 10)
        while len(slots) > 1 and slots[-1] == 0:  # strip leading zeros, keep one digit
            slots.pop()
        return "".join(map(str, reversed(slots)))
