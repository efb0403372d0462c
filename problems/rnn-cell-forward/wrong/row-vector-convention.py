# Multiplies the state as a row vector (h · W_h, i.e. W_h transposed), mixing up which index is the receiving unit.
import math


def rnn_forward(xs: list, W_x: list, W_h: list, b: list, h0: list) -> list:
    H = len(b)
    h = list(h0)
    states = []
    for x in xs:
        h = [
            math.tanh(
                sum(W_x[i][j] * x[j] for j in range(len(x)))
                + sum(h[k] * W_h[k][i] for k in range(H))
                + b[i]
            )
            for i in range(H)
        ]
        states.append(h)
    return states
