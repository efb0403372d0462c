# Returns h0 as the first state (T + 1 states) and drops nothing, an off-by-one in the output.
import math


def rnn_forward(xs: list, W_x: list, W_h: list, b: list, h0: list) -> list:
    h = list(h0)
    states = [list(h0)]
    for x in xs:
        h = [
            math.tanh(sum(w * v for w, v in zip(W_x[i], x)) + sum(w * v for w, v in zip(W_h[i], h)) + b[i])
            for i in range(len(b))
        ]
        states.append(h)
    return states
