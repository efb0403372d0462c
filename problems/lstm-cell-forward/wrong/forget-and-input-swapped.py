# Swaps the roles of the two gates in the cell update: c = i * c_prev + f * g.
import math


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)  # never overflows for z < 0
    return e / (1.0 + e)


def lstm_forward(xs: list, W_x: list, W_h: list, b: list, h0: list, c0: list) -> list:
    H = len(h0)
    h, c = list(h0), list(c0)
    hs, cs = [], []
    for x in xs:
        # One pre-activation per row of the stacked weights: rows [0, H) input gate, [H, 2H) forget gate,
        # [2H, 3H) candidate, [3H, 4H) output gate.
        z = [
            sum(w * v for w, v in zip(W_x[r], x)) + sum(w * v for w, v in zip(W_h[r], h)) + b[r]
            for r in range(4 * H)
        ]
        new_c, new_h = [], []
        for k in range(H):
            i = sigmoid(z[k])
            f = sigmoid(z[H + k])
            g = math.tanh(z[2 * H + k])
            o = sigmoid(z[3 * H + k])
            ck = i * c[k] + f * g
            new_c.append(ck)
            new_h.append(o * math.tanh(ck))
        h, c = new_h, new_c
        hs.append(h)
        cs.append(c)
    return [hs, cs]
