import math


def rnn_forward(xs: list, W_x: list, W_h: list, b: list, h0: list) -> list:
    h = list(h0)
    states = []
    for x in xs:
        # Every unit reads the previous state h_{t-1}: build the new state in a fresh list.
        h = [
            math.tanh(
                sum(w * v for w, v in zip(W_x[i], x))
                + sum(w * v for w, v in zip(W_h[i], h))
                + b[i]
            )
            for i in range(len(b))
        ]
        states.append(h)
    return states
