def embed_mean_pool(token_ids: list, table: list, pad_id: int) -> list:
    d = len(table[0])
    out = []
    for seq in token_ids:
        total = [0.0] * d
        count = 0
        for t in seq:
            if t == pad_id:  # padding is not content: it neither adds nor counts
                continue
            for k, v in enumerate(table[t]):
                total[k] += v
            count += 1
        out.append([s / count for s in total] if count else [0.0] * d)
    return out
