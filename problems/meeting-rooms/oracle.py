# Independent of the reference (sort by start, compare neighbours): marks every unit of time each
# meeting occupies (start inclusive, end exclusive) when the span is small, else checks all pairs
# after a sort by end.
def oracle(intervals):
    if not intervals:
        return True
    hi = max(e for _, e in intervals)
    if hi <= 2 * 10**6 and len(intervals) * 1 <= 10**4:
        diff = [0] * (hi + 2)
        for s, e in intervals:
            diff[s] += 1
            diff[e] -= 1
        running = 0
        for d in diff:
            running += d
            if running > 1:
                return False
        return True
    ordered = sorted(intervals, key=lambda m: (m[1], m[0]))
    return all(a[1] <= b[0] for a, b in zip(ordered, ordered[1:]))
