# Relaxes in place, so one round can chain several flights and the stop limit is broken.
class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        inf = float("inf")
        price = [inf] * n
        price[src] = 0
        for _ in range(k + 1):
            for a, b, p in flights:
                if price[a] + p < price[b]:
                    price[b] = price[a] + p
        return -1 if price[dst] == inf else price[dst]
