# Independent of the reference (a walk down the BST by value): ignores the ordering entirely. Builds
# parent links from the level-order list, collects p's ancestors, and climbs from q to the first one.
def oracle(values, p, q):
    parent = {}
    it = iter(values[1:])
    queue = [values[0]]
    head = 0
    for v in it:
        node = queue[head]
        if v is not None:
            parent[v] = node
            queue.append(v)
        right = next(it, None)
        if right is not None:
            parent[right] = node
            queue.append(right)
        head += 1
    ancestors = set()
    x = p
    while True:
        ancestors.add(x)
        if x not in parent:
            break
        x = parent[x]
    x = q
    while x not in ancestors:
        x = parent[x]
    return x
