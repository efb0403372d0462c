# Oracle: the bit-parallel LCS algorithm (Allison-Dix / Hyyro), one big-integer update per character of text2.


def oracle(text1, text2):
    m = len(text1)
    mask = (1 << m) - 1
    matches = {}
    for i, ch in enumerate(text1):
        matches[ch] = matches.get(ch, 0) | (1 << i)
    v = mask
    for ch in text2:
        u = v & matches.get(ch, 0)
        v = ((v + u) | (v - u)) & mask
    return m - bin(v).count("1")
