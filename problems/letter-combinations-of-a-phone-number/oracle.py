# Oracle: second implementation, the Cartesian product of the digits' letter sets (itertools.product).
from itertools import product

KEYPAD = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]


def oracle(digits):
    if digits == "":
        return []
    return ["".join(p) for p in product(*(KEYPAD[int(d)] for d in digits))]
