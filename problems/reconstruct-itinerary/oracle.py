# Oracle: brute force, backtracking search over the tickets in sorted order; the first complete itinerary found is the smallest.
import sys
from collections import Counter


def oracle(tickets):
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10 * len(tickets) + 100))
    left = Counter(map(tuple, tickets))
    dests = {}
    for a, b in sorted(left):
        dests.setdefault(a, []).append(b)
    route = ["JFK"]

    def go():
        if len(route) == len(tickets) + 1:
            return True
        here = route[-1]
        for b in dests.get(here, []):
            if left[(here, b)]:
                left[(here, b)] -= 1
                route.append(b)
                if go():
                    return True
                route.pop()
                left[(here, b)] += 1
        return False

    go()
    return route
