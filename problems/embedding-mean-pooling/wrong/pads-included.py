# Averages over every position, padding tokens included (their embedding rows pull the mean).
def embed_mean_pool(token_ids, table, pad_id):
    d = len(table[0])
    return [[sum(table[t][k] for t in seq) / len(seq) for k in range(d)] if seq else [0.0] * d for seq in token_ids]
