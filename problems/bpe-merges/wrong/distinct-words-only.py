# Counts each distinct word once, ignoring how often it occurs in the corpus.
def learn_bpe(words, num_merges):
    symbols = {w: list(w) + ["</w>"] for w in dict.fromkeys(words)}
    merges = []
    for _ in range(num_merges):
        pairs = {}
        for syms in symbols.values():
            for pair in zip(syms, syms[1:]):
                pairs[pair] = pairs.get(pair, 0) + 1
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))
        if pairs[best] < 2:
            break
        a, b = best
        for w, syms in symbols.items():
            out, i = [], 0
            while i < len(syms):
                if i + 1 < len(syms) and syms[i] == a and syms[i + 1] == b:
                    out.append(a + b)
                    i += 2
                else:
                    out.append(syms[i])
                    i += 1
            symbols[w] = out
        merges.append([a, b])
    return [merges, symbols]
