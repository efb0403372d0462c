# Oracle: second implementation, counts the "1" characters of Python's binary string.
def oracle(n):
    return bin(n).count("1")
