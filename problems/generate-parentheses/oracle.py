# Oracle: brute force over all 2^(2n) strings of "(" and ")", keeping the balanced ones.
from itertools import product


def oracle(n):
    out = []
    for chars in product("()", repeat=2 * n):
        depth = 0
        for ch in chars:
            depth += 1 if ch == "(" else -1
            if depth < 0:
                break
        if depth == 0:
            out.append("".join(chars))
    return out
