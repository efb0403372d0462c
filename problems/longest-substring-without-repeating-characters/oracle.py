# Oracle: second implementation, a DP over end positions: the longest repeat-free substring ending at i is bounded by the one ending at i - 1 and by the previous occurrence of s[i].
def oracle(s):
    last = {}
    best = 0
    ending_here = 0
    for i, ch in enumerate(s):
        ending_here = min(ending_here + 1, i - last.get(ch, -1))
        last[ch] = i
        best = max(best, ending_here)
    return best
