# Oracle: second algorithm, an in-order walk on index arrays must give strictly increasing values.
from collections import deque


def oracle(root):
    if not root or root[0] is None:
        return True
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
    order = []
    stack, v = [], 0
    while stack or v >= 0:
        while v >= 0:
            stack.append(v)
            v = left[v]
        v = stack.pop()
        order.append(val[v])
        v = right[v]
    return all(a < b for a, b in zip(order, order[1:]))
