# Skips padding in the sum but still divides by the padded length, so short sequences shrink towards 0.
def embed_mean_pool(token_ids, table, pad_id):
    d = len(table[0])
    out = []
    for seq in token_ids:
        real = [t for t in seq if t != pad_id]
        out.append([sum(table[t][k] for t in real) / len(seq) for k in range(d)] if real else [0.0] * d)
    return out
