# Oracle: second algorithm, the lexicographically smallest topological order by repeated scans: take the smallest course whose prerequisites are all taken; [] if none is left to take.
def oracle(numCourses, prerequisites):
    needs = [set() for _ in range(numCourses)]
    for a, b in prerequisites:
        needs[a].add(b)
    taken = [False] * numCourses
    missing = [len(s) for s in needs]
    dependants = [[] for _ in range(numCourses)]
    for a, b in prerequisites:
        dependants[b].append(a)
    order = []
    for _ in range(numCourses):
        nxt = next((c for c in range(numCourses) if not taken[c] and missing[c] == 0), None)
        if nxt is None:
            return []
        taken[nxt] = True
        order.append(nxt)
        for a in dependants[nxt]:
            missing[a] -= 1
    return order
