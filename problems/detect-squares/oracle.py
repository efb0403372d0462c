# Oracle: for each count, every distinct stored point is tried as the corner diagonal to the query, multiplying the copies of all three corners.
from collections import Counter


def oracle(ops, args):
    out = []
    counts = Counter()
    for op, a in zip(ops, args):
        if op == "DetectSquares":
            out.append(None)
        elif op == "add":
            counts[tuple(a[0])] += 1
            out.append(None)
        else:
            qx, qy = a[0]
            total = 0
            for (x, y), copies in counts.items():
                if x != qx and abs(x - qx) == abs(y - qy):
                    total += copies * counts.get((x, qy), 0) * counts.get((qx, y), 0)
            out.append(total)
    return out
