import math


def masked_attention(Q: list, K: list, V: list, mask: list) -> list:
    d_k = len(K[0])
    d_v = len(V[0])
    scale = 1.0 / math.sqrt(d_k)
    outputs, weights = [], []
    for q, allowed in zip(Q, mask):
        scores = [sum(a * b for a, b in zip(q, k)) * scale for k in K]
        keep = [j for j, ok in enumerate(allowed) if ok]
        w = [0.0] * len(K)
        if keep:  # a query that may attend to nothing gets all-zero weights and output
            top = max(scores[j] for j in keep)  # subtract the largest *allowed* score
            exps = {j: math.exp(scores[j] - top) for j in keep}
            total = sum(exps.values())
            for j in keep:
                w[j] = exps[j] / total
        weights.append(w)
        outputs.append([sum(w[j] * V[j][c] for j in keep) for c in range(d_v)])
    return [outputs, weights]
