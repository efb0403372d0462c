# Keeps tokens whose count is strictly greater than min_count, dropping those that reach it exactly.
import re


def build_vocab(docs, min_count, max_size):
    tokenised = [re.findall(r"[a-z0-9]+", doc.lower()) for doc in docs]
    counts = {}
    for tokens in tokenised:
        for t in tokens:
            counts[t] = counts.get(t, 0) + 1
    kept = sorted((t for t, c in counts.items() if c > min_count), key=lambda t: (-counts[t], t))
    itos = ["<pad>", "<unk>"] + kept[:max_size]
    stoi = {t: i for i, t in enumerate(itos)}
    return [itos, [[stoi.get(t, 1) for t in tokens] for tokens in tokenised]]
