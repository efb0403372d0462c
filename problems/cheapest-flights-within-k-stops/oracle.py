# Oracle: second algorithm, Dijkstra over states (city, flights used) with no pruning across different flight counts.
import heapq


def oracle(n, flights, src, dst, k):
    out = [[] for _ in range(n)]
    for a, b, p in flights:
        out[a].append((b, p))
    best = {}
    heap = [(0, src, 0)]
    while heap:
        cost, city, used = heapq.heappop(heap)
        if (city, used) in best:
            continue
        best[(city, used)] = cost
        if city == dst:
            return cost  # the first time dst is popped is its cheapest price within the limit
        if used == k + 1:
            continue
        for nxt, p in out[city]:
            if (nxt, used + 1) not in best:
                heapq.heappush(heap, (cost + p, nxt, used + 1))
    return -1
