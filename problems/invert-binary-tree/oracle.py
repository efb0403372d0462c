# Oracle: second implementation on index arrays: swap every node's child indices, then write LeetCode's level-order list again.
from collections import deque


def oracle(root):
    if not root or root[0] is None:
        return []
    val, left, right = [root[0]], [-1], [-1]
    queue = deque([0])
    i = 1
    while queue and i < len(root):
        parent = queue.popleft()
        for side in (left, right):
            if i < len(root) and root[i] is not None:
                child = len(val)
                val.append(root[i])
                left.append(-1)
                right.append(-1)
                side[parent] = child
                queue.append(child)
            i += 1
    left, right = right, left  # the mirror image: every node's children trade places
    out = []
    queue = deque([0])
    while queue:
        v = queue.popleft()
        if v < 0:
            out.append(None)
            continue
        out.append(val[v])
        queue.append(left[v])
        queue.append(right[v])
    while out and out[-1] is None:
        out.pop()
    return out
