# Oracle: merge the intervals [first, last] of every letter (sorted by start) and report the merged lengths.


def oracle(s):
    spans = {}
    for i, ch in enumerate(s):
        lo, _ = spans.get(ch, (i, i))
        spans[ch] = (lo, i)
    merged = []
    for lo, hi in sorted(spans.values()):
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return [hi - lo + 1 for lo, hi in merged]
