# Oracle: second implementation, reads LeetCode's level-order list directly: split it into levels by counting the children each level spawns, keep each level's last value.
def oracle(root):
    view = []
    if not root or root[0] is None:
        return view
    i, width = 0, 1  # width: slots (values or nulls) on the current level of the list
    while i < len(root):
        slots = root[i:i + width]
        present = [v for v in slots if v is not None]
        if not present:
            break
        view.append(present[-1])
        i += width
        width = 2 * len(present)
    return view
