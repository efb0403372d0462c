# Oracle: second implementation, a depth counter with the opener recorded at each depth (no stack pushes or pops).
PAIR = {")": "(", "]": "[", "}": "{"}


def oracle(s):
    opener_at = [None] * (len(s) + 1)
    depth = 0
    for ch in s:
        if ch in "([{":
            opener_at[depth] = ch
            depth += 1
        else:
            if depth == 0 or opener_at[depth - 1] != PAIR[ch]:
                return False
            depth -= 1
    return depth == 0
