# Allows only k flights instead of k + 1 (k counts the stops in between).
class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        inf = float("inf")
        price = [inf] * n
        price[src] = 0
        for _ in range(k):
            nxt = price[:]
            for a, b, p in flights:
                if price[a] + p < nxt[b]:
                    nxt[b] = price[a] + p
            price = nxt
        return -1 if price[dst] == inf else price[dst]
