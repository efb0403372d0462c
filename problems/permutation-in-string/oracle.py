# Oracle: second implementation, prefix counts per letter, every window's counts read off as differences.
def oracle(s1, s2):
    m, n = len(s1), len(s2)
    if m > n:
        return False
    need = [s1.count(chr(97 + c)) for c in range(26)]
    prefix = [[0] * (n + 1) for _ in range(26)]
    for i, ch in enumerate(s2):
        for c in range(26):
            prefix[c][i + 1] = prefix[c][i]
        prefix[ord(ch) - 97][i + 1] += 1
    return any(all(prefix[c][i + m] - prefix[c][i] == need[c] for c in range(26)) for i in range(n - m + 1))
