# Oracle: second implementation, parses the expression from its last token backwards (operator, then right operand, then left) and divides with exact fractions.
import math
import sys
from fractions import Fraction

OPS = {"+", "-", "*", "/"}


def oracle(tokens):
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 4 * len(tokens) + 100))

    def parse(i):
        """Value of the sub-expression ending at token i, and the index just before it."""
        tok = tokens[i]
        if tok not in OPS:
            return int(tok), i - 1
        right, j = parse(i - 1)
        left, j = parse(j)
        if tok == "+":
            return left + right, j
        if tok == "-":
            return left - right, j
        if tok == "*":
            return left * right, j
        return math.trunc(Fraction(left, right)), j

    value, rest = parse(len(tokens) - 1)
    assert rest == -1, "tokens left over"
    return value
