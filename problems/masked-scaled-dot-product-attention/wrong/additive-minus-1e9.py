# Masks by adding -1e9 to the scores, so a query with every key masked attends uniformly instead of returning zeros.
import math


def masked_attention(Q, K, V, mask):
    d_k = len(K[0])
    outs, ws = [], []
    for q, allowed in zip(Q, mask):
        s = [sum(a * b for a, b in zip(q, k)) / math.sqrt(d_k) for k in K]
        s = [v + (0.0 if ok else -1e9) for v, ok in zip(s, allowed)]
        top = max(s)
        e = [math.exp(v - top) for v in s]
        w = [v / sum(e) for v in e]
        ws.append(w)
        outs.append([sum(w[j] * V[j][c] for j in range(len(K))) for c in range(len(V[0]))])
    return [outs, ws]
