# Oracle: second implementation on LeetCode's level-order list: parent index of every node, then path maxima in breadth-first order (parents come first).
def oracle(root):
    vals = [root[0]]
    parent = [-1]
    frontier = [0]
    i = 1
    while frontier and i < len(root):
        nxt = []
        for p in frontier:
            for _ in range(2):
                if i < len(root) and root[i] is not None:
                    parent.append(p)
                    vals.append(root[i])
                    nxt.append(len(vals) - 1)
                i += 1
        frontier = nxt
    best = [0] * len(vals)  # largest value on the path from the root to node v, v included
    good = 0
    for v, x in enumerate(vals):
        above = best[parent[v]] if parent[v] >= 0 else x
        if x >= above:
            good += 1
        best[v] = max(above, x)
    return good
