# Oracle: Python's arbitrary-precision integers (int(num1) * int(num2)).


def oracle(num1, num2):
    return str(int(num1) * int(num2))
