# Oracle: second implementation, binary-searches each element's partner to its right (the reference walks two indices inward).
from bisect import bisect_left


def oracle(numbers, target):
    for i, x in enumerate(numbers):
        j = bisect_left(numbers, target - x, i + 1)
        if j < len(numbers) and numbers[j] == target - x:
            return [i + 1, j + 1]
    return []
