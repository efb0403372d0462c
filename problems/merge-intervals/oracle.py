# Oracle: second implementation, a sweep over start and end events (a start sorts before an end at the same point, so touching intervals join).
def oracle(intervals):
    events = sorted([(s, 0) for s, _ in intervals] + [(e, 1) for _, e in intervals])
    merged = []
    depth = 0
    for x, kind in events:
        if kind == 0:
            if depth == 0:
                start = x
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                merged.append([start, x])
    return merged
