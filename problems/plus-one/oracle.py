# Oracle: Python's big integers (join the digits, add one, split the decimal string again).


def oracle(digits):
    return [int(d) for d in str(int("".join(map(str, digits))) + 1)]
