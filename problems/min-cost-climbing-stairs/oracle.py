# Oracle: shortest path with Dijkstra over positions 0..n (edges i -> i+1, i+2 weighted cost[i]), exhaustive search for n <= 16.
import heapq
from itertools import product


def _exhaustive(cost):
    n = len(cost)
    best = None
    for start in (0, 1):
        for steps in product((1, 2), repeat=n):
            pos, paid = start, 0
            for s in steps:
                if pos >= n:
                    break
                paid += cost[pos]
                pos += s
            if pos >= n and (best is None or paid < best):
                best = paid
    return best


def oracle(cost):
    n = len(cost)
    if n <= 12:
        return _exhaustive(cost)
    dist = [float("inf")] * (n + 2)
    dist[0] = dist[1] = 0
    heap = [(0, 0), (0, 1)]
    while heap:
        d, i = heapq.heappop(heap)
        if d > dist[i] or i >= n:
            continue
        for j in (i + 1, i + 2):
            if d + cost[i] < dist[j]:
                dist[j] = d + cost[i]
                heapq.heappush(heap, (dist[j], j))
    return min(dist[n], dist[n + 1])
