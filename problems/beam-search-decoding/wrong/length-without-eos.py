# Normalises by the number of tokens before EOS, leaving EOS out of the length.
def beam_search(log_probs: list, bos: int, eos: int, beam_width: int, max_len: int, alpha: float) -> list:
    V = len(log_probs)
    beam = [([], 0.0)]  # live hypotheses: (tokens, sum of log-probabilities)
    finished = []
    for _ in range(max_len):
        expansions = []
        for tokens, score in beam:
            row = log_probs[tokens[-1] if tokens else bos]
            for w in range(V):
                expansions.append((tokens + [w], score + row[w]))
        # Highest score first; equal scores: the lexicographically smaller token list first.
        expansions.sort(key=lambda h: (-h[1], h[0]))
        beam = []
        for tokens, score in expansions[:beam_width]:
            if tokens[-1] == eos:
                finished.append((tokens, score))  # set aside, never extended
            else:
                beam.append((tokens, score))
        if not beam:
            break
    candidates = finished + beam  # live hypotheses that reached max_len compete too
    def length(t):
        return max(1, len(t) - 1) if t[-1] == eos else len(t)
    best = min(candidates, key=lambda h: (-h[1] / length(h[0]) ** alpha, h[0]))
    return [best[0], best[1], best[1] / length(best[0]) ** alpha]
