class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        out = [[] for _ in range(n + 1)]
        for u, v, w in times:
            out[u].append((v, w))
        arrival = {}
        heap = [(0, k)]
        while heap:
            t, node = heappop(heap)
            if node in arrival:
                continue  # a faster arrival was settled already
            arrival[node] = t
            for nxt, w in out[node]:
                if nxt not in arrival:
                    heappush(heap, (t + w, nxt))
        return max(arrival.values()) if len(arrival) == n else -1
