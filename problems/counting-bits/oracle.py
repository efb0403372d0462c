# Oracle: brute force, counts the "1" characters of each number's binary string.
def oracle(n):
    return [bin(i).count("1") for i in range(n + 1)]
