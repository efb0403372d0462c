import math


def matmul(A: list, B: list) -> list:
    cols = list(zip(*B))
    return [[sum(a * b for a, b in zip(row, col)) for col in cols] for row in A]


def multi_head_attention(X: list, Wq: list, Wk: list, Wv: list, Wo: list, n_heads: int, causal: bool) -> list:
    n, d_model = len(X), len(Wq)
    d_head = d_model // n_heads
    Q, K, V = matmul(X, Wq), matmul(X, Wk), matmul(X, Wv)
    scale = 1.0 / math.sqrt(d_head)  # the width of one head, not of the model
    concat = [[0.0] * d_model for _ in range(n)]
    for h in range(n_heads):
        lo, hi = h * d_head, (h + 1) * d_head  # head h owns a contiguous block of columns
        for i in range(n):
            visible = range(i + 1) if causal else range(n)  # causal: keys 0..i, itself included
            scores = [sum(Q[i][c] * K[j][c] for c in range(lo, hi)) * scale for j in visible]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            for c in range(lo, hi):
                concat[i][c] = sum(e * V[j][c] for e, j in zip(exps, visible)) / total
    return matmul(concat, Wo)
