def _levenshtein(a, b, limit):
    """Edit distance of a and b (insert, delete, substitute: cost 1), or limit + 1 once it must exceed limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1,  # delete ca
                           cur[j - 1] + 1,  # insert cb
                           prev[j - 1] + (ca != cb)))  # substitute (free if equal)
        if min(cur) > limit:
            return limit + 1  # every path already costs too much
        prev = cur
    return prev[-1]


def spell_correct(words: list, vocab: dict, max_dist: int) -> list:
    out = []
    for w in words:
        if w in vocab:
            out.append(w)
            continue
        best = None
        for cand, count in vocab.items():
            d = _levenshtein(w, cand, max_dist)
            if d <= max_dist:
                key = (d, -count, cand)  # closest, then most frequent, then alphabetical
                if best is None or key < best:
                    best = key
        out.append(best[2] if best else w)
    return out
