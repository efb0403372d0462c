# Oracle: second implementation, reads LeetCode's level-order list directly: each level's slots are the children of the previous level's nodes.
def oracle(root):
    levels = []
    if not root or root[0] is None:
        return levels
    i, width = 0, 1
    while i < len(root):
        present = [v for v in root[i:i + width] if v is not None]
        if not present:
            break
        levels.append(present)
        i += width
        width = 2 * len(present)
    return levels
