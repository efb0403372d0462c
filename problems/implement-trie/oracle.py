# Oracle: second implementation without a trie, a sorted list of the inserted words; a prefix query looks at the first word not below the prefix.
from bisect import bisect_left, insort


def oracle(ops, args):
    words = []
    out = [None]
    for op, (word,) in zip(ops[1:], args[1:]):
        i = bisect_left(words, word)
        if op == "insert":
            if i == len(words) or words[i] != word:
                insort(words, word)
            out.append(None)
        elif op == "search":
            out.append(i < len(words) and words[i] == word)
        else:
            out.append(i < len(words) and words[i].startswith(word))
    return out
