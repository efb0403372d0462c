# Oracle: second implementation, divide and conquer on index ranges with a value-to-position map (explicit work stack), then LeetCode's level-order serialisation.
from collections import deque


def oracle(preorder, inorder):
    where = {v: i for i, v in enumerate(inorder)}
    n = len(preorder)
    left = {}
    right = {}
    # (preorder start, inorder lo, inorder hi, parent value, side); sizes follow from the ranges
    work = [(0, 0, n - 1, None, None)]
    root = None
    while work:
        p, lo, hi, parent, side = work.pop()
        if lo > hi:
            continue
        value = preorder[p]
        if parent is None:
            root = value
        elif side == "L":
            left[parent] = value
        else:
            right[parent] = value
        mid = where[value]
        left_size = mid - lo
        work.append((p + 1, lo, mid - 1, value, "L"))
        work.append((p + 1 + left_size, mid + 1, hi, value, "R"))
    out = []
    queue = deque([root])
    while queue:
        v = queue.popleft()
        out.append(v)
        if v is not None:
            queue.append(left.get(v))
            queue.append(right.get(v))
    while out and out[-1] is None:
        out.pop()
    return out
