# Oracle: second implementation on index arrays: heights bottom-up in reverse breadth-first order, then the balance rule at every node.
from collections import deque


def oracle(root):
    if not root or root[0] is None:
        return True
    left, right = [-1], [-1]
    queue = deque([0])
    i = 1
    while queue and i < len(root):
        parent = queue.popleft()
        for side in (left, right):
            if i < len(root) and root[i] is not None:
                child = len(left)
                left.append(-1)
                right.append(-1)
                side[parent] = child
                queue.append(child)
            i += 1
    n = len(left)
    height = [0] * n
    for v in range(n - 1, -1, -1):  # children always have larger indices than their parent
        hl = height[left[v]] if left[v] >= 0 else 0
        hr = height[right[v]] if right[v] >= 0 else 0
        height[v] = 1 + max(hl, hr)
    for v in range(n):
        hl = height[left[v]] if left[v] >= 0 else 0
        hr = height[right[v]] if right[v] >= 0 else 0
        if abs(hl - hr) > 1:
            return False
    return True
