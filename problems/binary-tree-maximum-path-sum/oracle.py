# Oracle: second implementation on index arrays: best downward gain of every node bottom-up (children have larger breadth-first indices), and the best path bending at each node.
from collections import deque


def oracle(root):
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
    gain = [0] * len(val)
    best = None
    for v in range(len(val) - 1, -1, -1):
        gl = max(0, gain[left[v]]) if left[v] >= 0 else 0
        gr = max(0, gain[right[v]]) if right[v] >= 0 else 0
        gain[v] = val[v] + max(gl, gr)
        through = val[v] + gl + gr
        best = through if best is None else max(best, through)
    return best
