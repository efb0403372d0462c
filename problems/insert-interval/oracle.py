# Oracle: second implementation, adds the new interval to the list, sorts, and merges every overlapping or touching pair.
def oracle(intervals, newInterval):
    merged = []
    for start, end in sorted(intervals + [newInterval]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
