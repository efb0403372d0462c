# Oracle: enumerates every split into codes "1".."26" for short strings; otherwise a forward DP that pushes counts from each position.


def _enumerate(s, i=0):
    if i == len(s):
        return 1
    total = 0
    for width in (1, 2):
        code = s[i:i + width]
        if len(code) == width and code[0] != "0" and 1 <= int(code) <= 26:
            total += _enumerate(s, i + width)
    return total


def oracle(s):
    if len(s) <= 18:
        return _enumerate(s)
    reach = [0] * (len(s) + 1)
    reach[0] = 1
    for i in range(len(s)):
        if reach[i] == 0 or s[i] == "0":
            continue
        reach[i + 1] += reach[i]
        if i + 2 <= len(s) and "10" <= s[i:i + 2] <= "26":
            reach[i + 2] += reach[i]
    return reach[len(s)]
