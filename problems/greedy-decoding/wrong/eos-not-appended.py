# Stops when EOS wins but leaves EOS (and its log-probability) out of the result.
def greedy_decode(log_probs: list, bos: int, eos: int, min_len: int, max_len: int) -> list:
    tokens = []
    total = 0.0
    prev = bos
    while len(tokens) < max_len:
        row = log_probs[prev]
        best = -1
        for w, lp in enumerate(row):
            if w == eos and len(tokens) < min_len:
                continue  # too short to stop: EOS is not a candidate yet
            if best == -1 or lp > row[best]:  # strict: the lowest id keeps a tie
                best = w
        if best == eos:
            break
        tokens.append(best)
        total += row[best]
        prev = best
    return [tokens, total]
