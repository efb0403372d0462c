# Dijkstra that settles each city once by price, discarding dearer routes that use fewer stops.
class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        out = [[] for _ in range(n)]
        for a, b, p in flights:
            out[a].append((b, p))
        heap = [(0, src, 0)]
        done = set()
        while heap:
            cost, city, used = heappop(heap)
            if city == dst:
                return cost
            if city in done:
                continue
            done.add(city)
            if used == k + 1:
                continue
            for nxt, p in out[city]:
                heappush(heap, (cost + p, nxt, used + 1))
        return -1
