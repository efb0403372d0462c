# Takes the softmax over all keys and then zeroes the masked weights without renormalising the rest.
import math


def masked_attention(Q, K, V, mask):
    d_k = len(K[0])
    outs, ws = [], []
    for q, allowed in zip(Q, mask):
        s = [sum(a * b for a, b in zip(q, k)) / math.sqrt(d_k) for k in K]
        top = max(s)
        e = [math.exp(v - top) for v in s]
        w = [v / sum(e) * (1 if ok else 0) for v, ok in zip(e, allowed)]
        ws.append(w)
        outs.append([sum(w[j] * V[j][c] for j in range(len(K))) for c in range(len(V[0]))])
    return [outs, ws]
