# Oracle: second implementation with exact fractions, a car leads a new fleet iff it would arrive strictly later than every car ahead of it.
from fractions import Fraction


def oracle(target, position, speed):
    cars = sorted(zip(position, speed), reverse=True)  # nearest to the target first
    fleets = 0
    slowest_ahead = Fraction(-1)
    for p, s in cars:
        t = Fraction(target - p, s)
        if t > slowest_ahead:
            fleets += 1
            slowest_ahead = t
    return fleets
