# Oracle: Manacher's algorithm (each centre's radius r contributes (r + 1) // 2 palindromes); brute force over all substrings for n <= 80.


def oracle(s):
    if len(s) <= 80:
        return sum(s[i:j] == s[i:j][::-1] for i in range(len(s)) for j in range(i + 1, len(s) + 1))
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
    return sum((r + 1) // 2 for r in radius)
