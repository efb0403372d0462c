# Oracle: exhaustive search over which run each card joins for tiny hands; otherwise a sweep that tracks how many runs are open at each value.
from collections import Counter, deque


def _search(cards, size):
    if not cards:
        return True
    # Try every run that contains the first card at any position.
    first = cards[0]
    for start in range(first - size + 1, first + 1):
        rest = list(cards)
        ok = True
        for v in range(start, start + size):
            if v in rest:
                rest.remove(v)
            else:
                ok = False
                break
        if ok and _search(rest, size):
            return True
    return False


def oracle(hand, groupSize):
    if len(hand) % groupSize:
        return False
    if len(hand) <= 10:
        return _search(sorted(hand), groupSize)
    count = Counter(hand)
    open_runs = 0        # runs still waiting for more cards
    closing = deque()    # runs that started at each of the last groupSize values
    prev = None
    for v in sorted(count):
        if open_runs and v != prev + 1:
            return False
        if count[v] < open_runs:
            return False
        started = count[v] - open_runs
        closing.append(started)
        open_runs += started
        if len(closing) == groupSize:
            open_runs -= closing.popleft()
        prev = v
    return open_runs == 0
