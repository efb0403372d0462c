# Multiplies as floating-point numbers: exact only up to about 15 significant digits.
class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        return str(int(float(num1) * float(num2)))
