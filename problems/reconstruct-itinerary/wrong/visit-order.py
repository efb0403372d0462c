# Runs Hierholzer's search but records airports when they are first entered instead of when they finish.
class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        out = defaultdict(list)
        for a, b in sorted(tickets, reverse=True):
            out[a].append(b)
        route = ["JFK"]
        stack = ["JFK"]
        while stack:
            airport = stack[-1]
            if out[airport]:
                nxt = out[airport].pop()
                route.append(nxt)
                stack.append(nxt)
            else:
                stack.pop()
        return route
