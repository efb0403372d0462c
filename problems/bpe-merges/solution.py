def learn_bpe(words: list, num_merges: int) -> list:
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    # Each distinct word as a list of symbols: its characters, then the end-of-word marker.
    symbols = {w: list(w) + ["</w>"] for w in freq}
    merges = []
    for _ in range(num_merges):
        pairs = {}
        for w, syms in symbols.items():
            f = freq[w]
            for pair in zip(syms, syms[1:]):  # every adjacent position, overlaps included
                pairs[pair] = pairs.get(pair, 0) + f
        if not pairs:
            break
        # Most frequent pair; among equals, the smallest (left, right) tuple.
        best = min(pairs, key=lambda p: (-pairs[p], p))
        if pairs[best] < 2:
            break
        left, right = best
        merged = left + right
        for w, syms in symbols.items():
            out, i = [], 0
            while i < len(syms):  # left to right, without overlaps
                if i + 1 < len(syms) and syms[i] == left and syms[i + 1] == right:
                    out.append(merged)
                    i += 2
                else:
                    out.append(syms[i])
                    i += 1
            symbols[w] = out
        merges.append([left, right])
    return [merges, symbols]
