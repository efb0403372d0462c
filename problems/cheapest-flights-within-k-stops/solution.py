class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        inf = float("inf")
        price = [inf] * n
        price[src] = 0
        for _ in range(k + 1):  # round r: cheapest prices using at most r flights
            nxt = price[:]
            for a, b, p in flights:
                if price[a] + p < nxt[b]:
                    nxt[b] = price[a] + p  # reads last round's prices only
            price = nxt
        return -1 if price[dst] == inf else price[dst]
