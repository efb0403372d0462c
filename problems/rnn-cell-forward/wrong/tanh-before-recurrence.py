# Applies tanh to the input term only and adds the recurrent term afterwards, so the state is never squashed.
import math


def rnn_forward(xs: list, W_x: list, W_h: list, b: list, h0: list) -> list:
    h = list(h0)
    states = []
    for x in xs:
        h = [
            math.tanh(sum(w * v for w, v in zip(W_x[i], x)) + b[i]) + sum(w * v for w, v in zip(W_h[i], h))
            for i in range(len(b))
        ]
        states.append(h)
    return states
