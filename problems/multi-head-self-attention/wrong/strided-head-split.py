# Gives head h the strided columns h, h + H, h + 2H, ... instead of the contiguous block h * d_head ... (h + 1) * d_head - 1.
import math


def matmul(A: list, B: list) -> list:
    cols = list(zip(*B))
    return [[sum(a * b for a, b in zip(row, col)) for col in cols] for row in A]


def multi_head_attention(X, Wq, Wk, Wv, Wo, n_heads, causal):
    n, d_model = len(X), len(Wq)
    d_head = d_model // n_heads
    Q, K, V = matmul(X, Wq), matmul(X, Wk), matmul(X, Wv)
    concat = [[0.0] * d_model for _ in range(n)]
    for h in range(n_heads):
        cols = range(h, d_model, n_heads)
        for i in range(n):
            visible = range(i + 1) if causal else range(n)
            scores = [sum(Q[i][c] * K[j][c] for c in cols) / math.sqrt(d_head) for j in visible]
            top = max(scores) if scores else 0.0
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            for c in cols:
                concat[i][c] = sum(e * V[j][c] for e, j in zip(exps, visible)) / total if total else 0.0
    return matmul(concat, Wo)
