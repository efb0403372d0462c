# Oracle: every replacement of the stars for up to 8 stars; otherwise a DP over positions holding the set of reachable open counts.
from itertools import product


def _valid(t):
    depth = 0
    for ch in t:
        depth += 1 if ch == "(" else -1
        if depth < 0:
            return False
    return depth == 0


def oracle(s):
    stars = [i for i, ch in enumerate(s) if ch == "*"]
    if len(stars) <= 8:
        for choice in product(("(", ")", ""), repeat=len(stars)):
            chars = list(s)
            for i, c in zip(stars, choice):
                chars[i] = c
            if _valid("".join(chars)):
                return True
        return False
    counts = {0}
    for ch in s:
        if ch == "(":
            counts = {c + 1 for c in counts}
        elif ch == ")":
            counts = {c - 1 for c in counts if c > 0}
        else:
            counts = {c + d for c in counts for d in (1, 0, -1) if c + d >= 0}
        if not counts:
            return False
    return 0 in counts
