# Oracle: second algorithm, the alphabetically smallest valid order by repeated scans (take the smallest letter no remaining rule puts after another remaining letter); "" if stuck or if a word precedes its own prefix.
def oracle(words):
    letters = sorted({c for w in words for c in w})
    rules = set()
    for i in range(len(words) - 1):
        w1, w2 = words[i], words[i + 1]
        k = 0
        while k < min(len(w1), len(w2)) and w1[k] == w2[k]:
            k += 1
        if k == min(len(w1), len(w2)):
            if len(w1) > len(w2):
                return ""
            continue
        rules.add((w1[k], w2[k]))
    left = set(letters)
    order = []
    while left:
        free = [c for c in sorted(left) if not any(a in left and b == c for a, b in rules)]
        if not free:
            return ""
        order.append(free[0])
        left.remove(free[0])
    return "".join(order)
