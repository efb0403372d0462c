# Stores each airport's destinations in a set, so a ticket bought twice is used only once.
class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        out = defaultdict(set)
        for a, b in tickets:
            out[a].add(b)
        nexts = {a: sorted(bs, reverse=True) for a, bs in out.items()}
        route = []
        stack = ["JFK"]
        while stack:
            airport = stack[-1]
            if nexts.get(airport):
                stack.append(nexts[airport].pop())
            else:
                route.append(stack.pop())
        return route[::-1]
