# Assumes padding only trails the sequence and stops at the first pad id, losing tokens after a pad in the middle.
def embed_mean_pool(token_ids, table, pad_id):
    d = len(table[0])
    out = []
    for seq in token_ids:
        real = []
        for t in seq:
            if t == pad_id:
                break
            real.append(t)
        out.append([sum(table[t][k] for t in real) / len(real) for k in range(d)] if real else [0.0] * d)
    return out
