# Oracle: second implementation, keeps every value in one sorted list and reads the k-th from the end.
from bisect import insort


def oracle(ops, args):
    k, nums = args[0]
    values = sorted(nums)
    out = [None]
    for op, (val,) in zip(ops[1:], args[1:]):
        insort(values, val)
        out.append(values[-k])
    return out
