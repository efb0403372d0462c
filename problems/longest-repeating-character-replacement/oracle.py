# Oracle: second implementation, per letter, the widest span that contains at most k positions holding another letter.
def oracle(s, k):
    n = len(s)
    best = 0
    for letter in set(s):
        others = [-1] + [i for i, ch in enumerate(s) if ch != letter] + [n]
        if len(others) - 2 <= k:
            return n
        # Between others[i] and others[i + k + 1] lie exactly k other letters, all changed.
        best = max(best, max(others[i + k + 1] - others[i] - 1 for i in range(len(others) - k - 1)))
    return best
