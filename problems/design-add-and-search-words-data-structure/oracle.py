# Oracle: second implementation without a trie, a set of words; a pattern's dots (at most 2) are replaced by every letter and each filled-in word is looked up.
from itertools import product
from string import ascii_lowercase


def oracle(ops, args):
    words = set()
    out = [None]
    for op, (word,) in zip(ops[1:], args[1:]):
        if op == "addWord":
            words.add(word)
            out.append(None)
            continue
        dots = [i for i, ch in enumerate(word) if ch == "."]
        chars = list(word)
        found = False
        for letters in product(ascii_lowercase, repeat=len(dots)):
            for i, ch in zip(dots, letters):
                chars[i] = ch
            if "".join(chars) in words:
                found = True
                break
        out.append(found)
    return out
