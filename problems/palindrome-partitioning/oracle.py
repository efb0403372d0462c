# Oracle: brute force over all 2^(n-1) ways to cut the string, keeping those whose pieces are all palindromes.
def oracle(s):
    n = len(s)
    found = []
    for mask in range(1 << (n - 1)):
        pieces, start = [], 0
        for k in range(n - 1):
            if mask >> k & 1:
                pieces.append(s[start:k + 1])
                start = k + 1
        pieces.append(s[start:])
        if all(p == p[::-1] for p in pieces):
            found.append(pieces)
    return found
