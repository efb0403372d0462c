# Oracle: second implementation, simulates with a list sorted again before every smash (the reference uses a heap).
def oracle(stones):
    stones = list(stones)
    while len(stones) > 1:
        stones.sort()
        y = stones.pop()
        x = stones.pop()
        if y != x:
            stones.append(y - x)
    return stones[0] if stones else 0
