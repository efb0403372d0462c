# Picks the best pair with max() over the counts, which breaks ties by first appearance instead of by the smallest (left, right) pair.
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
        best = max(pairs, key=pairs.get)
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
