# Independent of the reference (Kahn's algorithm): an iterative three-colour depth-first search that
# looks for an edge back onto the current path.
def oracle(num_courses, prerequisites):
    needs = [[] for _ in range(num_courses)]
    for course, before in prerequisites:
        needs[course].append(before)
    state = [0] * num_courses  # 0 unvisited, 1 on the current path, 2 finished
    for start in range(num_courses):
        if state[start]:
            continue
        state[start] = 1
        stack = [(start, iter(needs[start]))]
        while stack:
            node, edges = stack[-1]
            for nxt in edges:
                if state[nxt] == 1:
                    return False
                if state[nxt] == 0:
                    state[nxt] = 1
                    stack.append((nxt, iter(needs[nxt])))
                    break
            else:
                state[node] = 2
                stack.pop()
    return True
