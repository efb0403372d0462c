# Tokenises with str.split() on whitespace, so punctuation stays attached ("cat," and "cat" become different tokens).
def build_vocab(docs, min_count, max_size):
    tokenised = [doc.lower().split() for doc in docs]
    counts = {}
    for tokens in tokenised:
        for t in tokens:
            counts[t] = counts.get(t, 0) + 1
    kept = sorted((t for t, c in counts.items() if c >= min_count), key=lambda t: (-counts[t], t))
    itos = ["<pad>", "<unk>"] + kept[:max_size]
    stoi = {t: i for i, t in enumerate(itos)}
    return [itos, [[stoi.get(t, 1) for t in tokens] for tokens in tokenised]]
