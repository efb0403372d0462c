# Adds b_hn outside the reset gate, tanh(W_in·x + b_in + b_hn + r ⊙ (W_hn·h)), as if the two biases could be merged.
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
        new_h = []
        for k in range(H):
            r = sigmoid(a[k] + u[k])
            z = sigmoid(a[H + k] + u[H + k])
            n = math.tanh(a[2 * H + k] + b_h[2 * H + k] + r * (u[2 * H + k] - b_h[2 * H + k]))  # r scales W_hn·h + b_hn, bias included
            new_h.append((1.0 - z) * n + z * h[k])
        h = new_h
        states.append(h)
    return states
