# Subtracts the maximum over all keys, masked ones included, so a row whose allowed scores are far below a masked one underflows to 0/0.
import math


def masked_attention(Q, K, V, mask):
    d_k = len(K[0])
    outs, ws = [], []
    for q, allowed in zip(Q, mask):
        s = [sum(a * b for a, b in zip(q, k)) / math.sqrt(d_k) for k in K]
        keep = [j for j, ok in enumerate(allowed) if ok]
        w = [0.0] * len(K)
        if keep:
            top = max(s)
            e = {j: math.exp(s[j] - top) for j in keep}
            tot = sum(e.values())
            for j in keep:
                w[j] = e[j] / tot
        ws.append(w)
        outs.append([sum(w[j] * V[j][c] for j in range(len(K))) for c in range(len(V[0]))])
    return [outs, ws]
