# Keeps merging pairs that occur only once instead of stopping when the best pair's count drops below 2.
def learn_bpe(words, num_merges):
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    symbols = {w: list(w) + ["</w>"] for w in freq}
    merges = []
    for _ in range(num_merges):
        pairs = {}
        for w, syms in symbols.items():
            for pair in zip(syms, syms[1:]):
                pairs[pair] = pairs.get(pair, 0) + freq[w]
        if not pairs:
            break
        a, b = min(pairs, key=lambda p: (-pairs[p], p))
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
