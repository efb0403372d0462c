# Oracle: second implementation, offline: intervals from smallest to largest each claim every still-unanswered query they contain (sorted queries, a skip-pointer union-find over answered ones).
from bisect import bisect_left


def oracle(intervals, queries):
    points = sorted(set(queries))
    answer = {}
    nxt = list(range(len(points) + 1))  # nxt[i]: the first unanswered index >= i

    def find(i):
        root = i
        while nxt[root] != root:
            root = nxt[root]
        while nxt[i] != root:
            nxt[i], i = root, nxt[i]
        return root

    for left, right in sorted(intervals, key=lambda iv: iv[1] - iv[0]):
        i = find(bisect_left(points, left))
        while i < len(points) and points[i] <= right:
            answer[points[i]] = right - left + 1
            nxt[i] = i + 1
            i = find(i + 1)
    return [answer.get(q, -1) for q in queries]
