def dbscan(points: list, eps: float, min_samples: int) -> list:
    n = len(points)
    e2 = eps * eps
    nbrs = [[j for j in range(n) if sum((a - b) ** 2 for a, b in zip(points[i], points[j])) <= e2] for i in range(n)]
    core = [len(nb) >= min_samples for nb in nbrs]  # the neighbourhood includes the point itself
    labels = [-1] * n
    cluster = 0
    for i in range(n):
        if labels[i] != -1 or not core[i]:
            continue
        labels[i] = cluster
        stack = [i]
        while stack:
            p = stack.pop()
            if not core[p]:
                continue  # border points join but do not expand
            for q in nbrs[p]:
                if labels[q] == -1:
                    labels[q] = cluster
                    stack.append(q)
        cluster += 1
    return labels
