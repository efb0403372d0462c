import re

TOKEN = re.compile(r"[a-z0-9]+")


def build_vocab(docs: list, min_count: int, max_size: int) -> list:
    tokenised = [TOKEN.findall(doc.lower()) for doc in docs]
    counts = {}
    for tokens in tokenised:
        for t in tokens:
            counts[t] = counts.get(t, 0) + 1
    kept = [t for t, c in counts.items() if c >= min_count]
    kept.sort(key=lambda t: (-counts[t], t))  # most frequent first, then alphabetical
    itos = ["<pad>", "<unk>"] + kept[:max_size]
    stoi = {t: i for i, t in enumerate(itos)}
    encoded = [[stoi.get(t, 1) for t in tokens] for tokens in tokenised]
    return [itos, encoded]
