# Accepts any alphabet that holds exactly the letters of the words, each once, and under which the words are sorted; "" exactly when no such alphabet exists.


def _sorted_under(words, rank):
    for w1, w2 in zip(words, words[1:]):
        for a, b in zip(w1, w2):
            if a != b:
                if rank[a] > rank[b]:
                    return f'"{w1}" comes before "{w2}", but your order puts {b} before {a}'
                break
        else:
            if len(w1) > len(w2):
                return f'"{w1}" comes before its own prefix "{w2}"'
    return None


def check(args, expected, got):
    (words,) = args
    if type(got) is not str:
        return f"expected a string, got {type(got).__name__}"
    if expected == "":
        return True if got == "" else "no alphabet sorts these words, so the answer is \"\""
    if got == "":
        return f'an alphabet exists (for example "{expected}"), so "" is wrong'
    letters = {c for w in words for c in w}
    if len(set(got)) != len(got):
        twice = next(c for c in got if got.count(c) > 1)
        return f'letter "{twice}" appears more than once'
    if set(got) != letters:
        missing = sorted(letters - set(got))
        extra = sorted(set(got) - letters)
        if missing:
            return f"the order leaves out letters that appear in the words: {''.join(missing)}"
        return f"the order holds characters that appear in no word: {''.join(extra)!r}"
    problem = _sorted_under(words, {c: i for i, c in enumerate(got)})
    return True if problem is None else problem
