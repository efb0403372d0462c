# Keeps each word as a space-joined string and merges with str.replace("a b", "ab"), which also fires across symbol boundaries ("xa b" becomes "xab").
def learn_bpe(words, num_merges):
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    spelled = {w: " ".join(list(w) + ["</w>"]) for w in freq}
    merges = []
    for _ in range(num_merges):
        pairs = {}
        for w, s in spelled.items():
            syms = s.split(" ")
            for pair in zip(syms, syms[1:]):
                pairs[pair] = pairs.get(pair, 0) + freq[w]
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))
        if pairs[best] < 2:
            break
        a, b = best
        for w in spelled:
            spelled[w] = spelled[w].replace(a + " " + b, a + b)
        merges.append([a, b])
    return [merges, {w: s.split(" ") for w, s in spelled.items()}]
