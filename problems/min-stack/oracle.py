# Oracle: second implementation, the stack as a plain list plus a sorted copy of its values (bisect) whose first item is the minimum.
from bisect import bisect_left, insort


def oracle(ops, args):
    stack = []
    ordered = []
    out = [None]
    for op, a in zip(ops[1:], args[1:]):
        if op == "push":
            stack.append(a[0])
            insort(ordered, a[0])
            out.append(None)
        elif op == "pop":
            x = stack.pop()
            del ordered[bisect_left(ordered, x)]
            out.append(None)
        elif op == "top":
            out.append(stack[-1])
        else:
            out.append(ordered[0])
    return out
