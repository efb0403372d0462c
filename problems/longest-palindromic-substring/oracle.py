# Oracle: Manacher's algorithm (linear time), returning the leftmost longest palindrome; brute force over all substrings for n <= 60.


def _brute(s):
    best = s[0]
    for i in range(len(s)):
        for j in range(i + len(best) + 1, len(s) + 1):
            if s[i:j] == s[i:j][::-1]:
                best = s[i:j]
    return best


def oracle(s):
    if len(s) <= 60:
        return _brute(s)
    t = "^#" + "#".join(s) + "#$"
    radius = [0] * len(t)
    centre = right = 0
    for i in range(1, len(t) - 1):
        if i < right:
            radius[i] = min(right - i, radius[2 * centre - i])
        while t[i + radius[i] + 1] == t[i - radius[i] - 1]:
            radius[i] += 1
        if i + radius[i] > right:
            centre, right = i, i + radius[i]
    best_len = max(radius)
    i = radius.index(best_len)
    start = (i - best_len) // 2
    return s[start:start + best_len]
