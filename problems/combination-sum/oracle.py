# Oracle: second algorithm, coin-change style table: for each candidate in turn, every combination for t - c extended by c becomes one for t (each combination built once, in candidate order).
def oracle(candidates, target):
    combos = [[] for _ in range(target + 1)]
    combos[0] = [[]]
    for c in candidates:
        for t in range(c, target + 1):
            combos[t] += [combo + [c] for combo in combos[t - c]]
    return combos[target]
