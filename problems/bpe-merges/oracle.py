# Second implementation (no BPE library is installed for the oracle), in the style of the original
# subword-nmt script: each word is a space-separated string "l o w </w>", pairs are counted by splitting
# it, and a merge is a regular-expression substitution bounded by whitespace, (?<!\S)a b(?!\S).
import re
from collections import Counter


def oracle(words, num_merges):
    vocab = Counter(" ".join(list(w) + ["</w>"]) for w in words)
    merges = []
    for _ in range(num_merges):
        stats = Counter()
        for spelled, f in vocab.items():
            parts = spelled.split(" ")
            for i in range(len(parts) - 1):
                stats[parts[i], parts[i + 1]] += f
        if not stats:
            break
        ranked = sorted(stats.items(), key=lambda kv: (-kv[1], kv[0]))
        (a, b), count = ranked[0]
        if count < 2:
            break
        pattern = re.compile(r"(?<!\S)" + re.escape(a + " " + b) + r"(?!\S)")
        vocab = Counter({pattern.sub(a + b, spelled): f for spelled, f in vocab.items()})
        merges.append([a, b])
    by_word = {}
    for spelled in vocab:
        parts = spelled.split(" ")
        by_word["".join(parts[:-1]) if parts[-1] == "</w>" else "".join(parts)[: -len("</w>")]] = parts
    return [merges, by_word]
