# Oracle: second implementation, counts the levels of LeetCode's level-order list (each level's slots are the children of the previous level's nodes).
def oracle(root):
    depth = 0
    if not root or root[0] is None:
        return depth
    i, width = 0, 1
    while i < len(root):
        present = sum(v is not None for v in root[i:i + width])
        if not present:
            break
        depth += 1
        i += width
        width = 2 * present
    return depth
