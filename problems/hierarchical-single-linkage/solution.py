def single_linkage_clusters(points: list, k: int) -> list:
    n = len(points)
    # Squared distances are exact integers for integer coordinates, so ties are real ties.
    dist = [[sum((a - b) ** 2 for a, b in zip(p, q)) for q in points] for p in points]
    members = {i: [i] for i in range(n)}  # cluster id = its smallest point index
    while len(members) > k:
        ids = sorted(members)
        best = None
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                a, b = ids[x], ids[y]
                d = dist[a][b]
                if best is None or d < best[0]:  # strict: the first pair in (a, b) order wins a tie
                    best = (d, a, b)
        _, a, b = best
        members[a] += members.pop(b)
        for c in members:  # single linkage: the merged cluster is as close as its closer half
            if c != a:
                dist[a][c] = dist[c][a] = min(dist[a][c], dist[b][c])
    labels = [0] * n
    for label, cid in enumerate(sorted(members)):  # ids ascending = order of first appearance
        for i in members[cid]:
            labels[i] = label
    return labels
