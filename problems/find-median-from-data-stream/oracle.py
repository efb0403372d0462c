# Oracle: second implementation, one sorted list (bisect.insort) and the middle one or two values (the reference keeps two heaps).
from bisect import insort


def oracle(ops, args):
    values = []
    out = [None]
    for op, a in zip(ops[1:], args[1:]):
        if op == "addNum":
            insort(values, a[0])
            out.append(None)
        else:
            n = len(values)
            mid = n // 2
            out.append(float(values[mid]) if n % 2 else (values[mid - 1] + values[mid]) / 2)
    return out
