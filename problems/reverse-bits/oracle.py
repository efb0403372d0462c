# Oracle: second implementation, formats n as a 32-character binary string, reverses the string and parses it.
def oracle(n):
    return int(format(n, "032b")[::-1], 2)
