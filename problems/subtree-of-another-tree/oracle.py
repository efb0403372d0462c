# Oracle: second algorithm, hash-consing: every distinct subtree shape-with-values gets an id bottom-up; subRoot matches when its id occurs among root's.
from collections import deque


def _ids(values, table):
    """Id of every node's subtree, children resolved before parents (reverse breadth-first order)."""
    if not values or values[0] is None:
        return []
    val, left, right = [values[0]], [-1], [-1]
    queue = deque([0])
    i = 1
    while queue and i < len(values):
        parent = queue.popleft()
        for side in (left, right):
            if i < len(values) and values[i] is not None:
                child = len(val)
                val.append(values[i])
                left.append(-1)
                right.append(-1)
                side[parent] = child
                queue.append(child)
            i += 1
    ids = [0] * len(val)
    for v in range(len(val) - 1, -1, -1):
        key = (val[v], ids[left[v]] if left[v] >= 0 else -1, ids[right[v]] if right[v] >= 0 else -1)
        ids[v] = table.setdefault(key, len(table))
    return ids


def oracle(root, subRoot):
    table = {}
    root_ids = set(_ids(root, table))
    return _ids(subRoot, table)[0] in root_ids
