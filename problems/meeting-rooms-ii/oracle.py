# Independent of the reference (two sorted lists swept together): the peak of a difference array
# over time, ends exclusive.
def oracle(intervals):
    hi = max(e for _, e in intervals)
    diff = [0] * (hi + 2)
    for s, e in intervals:
        diff[s] += 1
        diff[e] -= 1
    best = running = 0
    for d in diff:
        running += d
        best = max(best, running)
    return best
