class Solution:
    def reverse(self, x: int) -> int:
        limit = 2**31 - 1 if x >= 0 else 2**31  # the largest magnitude allowed for this sign
        rest = abs(x)
        result = 0
        while rest:
            digit = rest % 10
            rest //= 10
            # would result * 10 + digit exceed the limit? checked before it is computed
            if result > (limit - digit) // 10:
                return 0
            result = result * 10 + digit
        return result if x >= 0 else -result
