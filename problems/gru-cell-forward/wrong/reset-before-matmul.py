# Applies the reset gate to the state before the product, W_hn·(r ⊙ h) + b_hn (the original paper and Keras reset_after=False), not r ⊙ (W_hn·h + b_hn).
import math


def sigmoid(v: float) -> float:
    if v >= 0:
        return 1.0 / (1.0 + math.exp(-v))
    e = math.exp(v)  # never overflows for v < 0
    return e / (1.0 + e)


def gru_forward(xs: list, W_x: list, W_h: list, b_x: list, b_h: list, h0: list) -> list:
    H = len(h0)
    h = list(h0)
    states = []
    for x in xs:
        # Input and recurrent parts kept apart: the reset gate multiplies only the recurrent part of n.
        a = [sum(w * v for w, v in zip(W_x[row], x)) + b_x[row] for row in range(3 * H)]
        u = [sum(w * v for w, v in zip(W_h[row], h)) + b_h[row] for row in range(3 * H)]
        rs = [sigmoid(a[k] + u[k]) for k in range(H)]
        rh = [rs[k] * h[k] for k in range(H)]
        new_h = []
        for k in range(H):
            z = sigmoid(a[H + k] + u[H + k])
            hn = sum(W_h[2 * H + k][j] * rh[j] for j in range(H)) + b_h[2 * H + k]
            n = math.tanh(a[2 * H + k] + hn)
            new_h.append((1.0 - z) * n + z * h[k])
        h = new_h
        states.append(h)
    return states
