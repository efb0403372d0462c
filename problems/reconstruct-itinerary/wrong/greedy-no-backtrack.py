# Always takes the smallest remaining ticket and never reconsiders, so it can get stuck with tickets left over.
class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        out = defaultdict(list)
        for a, b in tickets:
            out[a].append(b)
        for a in out:
            out[a].sort()
        route = ["JFK"]
        while out[route[-1]]:
            route.append(out[route[-1]].pop(0))
        return route
