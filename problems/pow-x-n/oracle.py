# Independent of the reference (binary exponentiation in floats): the power in 40-digit decimal
# arithmetic, rounded to a float once. Results below float's range give 0.0, as LeetCode expects.
from decimal import Context, Decimal

CONTEXT = Context(prec=40, Emax=10**12, Emin=-(10**12))


def oracle(x, n):
    x = Decimal(repr(float(x)))
    if x == 0:
        return 0.0 if n > 0 else 1.0
    return float(CONTEXT.power(x, n))
