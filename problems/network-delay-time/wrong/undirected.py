# Lets the signal travel both ways along each edge.
class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        out = [[] for _ in range(n + 1)]
        for u, v, w in times:
            out[u].append((v, w))
            out[v].append((u, w))
        arrival = {}
        heap = [(0, k)]
        while heap:
            t, node = heappop(heap)
            if node in arrival:
                continue
            arrival[node] = t
            for nxt, w in out[node]:
                if nxt not in arrival:
                    heappush(heap, (t + w, nxt))
        return max(arrival.values()) if len(arrival) == n else -1
