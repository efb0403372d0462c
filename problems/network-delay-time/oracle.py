# Oracle: second algorithm, Floyd-Warshall over all pairs, then the largest distance from k (-1 if any is infinite).
def oracle(times, n, k):
    inf = float("inf")
    d = [[inf] * (n + 1) for _ in range(n + 1)]
    for v in range(1, n + 1):
        d[v][v] = 0
    for u, v, w in times:
        d[u][v] = min(d[u][v], w)
    for m in range(1, n + 1):
        dm = d[m]
        for i in range(1, n + 1):
            dim = d[i][m]
            if dim == inf:
                continue
            di = d[i]
            for j in range(1, n + 1):
                if dim + dm[j] < di[j]:
                    di[j] = dim + dm[j]
    worst = max(d[k][1:])
    return -1 if worst == inf else worst
