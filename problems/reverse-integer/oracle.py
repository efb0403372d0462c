# Oracle: second implementation, reverses the decimal string of |x|, restores the sign and compares with the 32-bit range.
def oracle(x):
    r = int(str(abs(x))[::-1])
    if x < 0:
        r = -r
    return r if -2**31 <= r <= 2**31 - 1 else 0
