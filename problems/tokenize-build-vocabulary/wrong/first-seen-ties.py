# Orders the vocabulary with Counter.most_common, which breaks count ties by first appearance instead of alphabetically.
import re
from collections import Counter


def build_vocab(docs, min_count, max_size):
    tokenised = [re.findall(r"[a-z0-9]+", doc.lower()) for doc in docs]
    counts = Counter(t for tokens in tokenised for t in tokens)
    kept = [t for t, c in counts.most_common() if c >= min_count]
    itos = ["<pad>", "<unk>"] + kept[:max_size]
    stoi = {t: i for i, t in enumerate(itos)}
    return [itos, [[stoi.get(t, 1) for t in tokens] for tokens in tokenised]]
