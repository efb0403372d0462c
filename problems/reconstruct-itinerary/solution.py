class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        # Hierholzer: destinations sorted largest first, so pop() hands out the smallest.
        out = defaultdict(list)
        for a, b in sorted(tickets, reverse=True):
            out[a].append(b)
        route = []
        stack = ["JFK"]
        while stack:
            airport = stack[-1]
            if out[airport]:
                stack.append(out[airport].pop())
            else:
                route.append(stack.pop())  # no tickets left here: it finishes now
        return route[::-1]
