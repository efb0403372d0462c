# Overwrites h unit by unit inside the step, so unit i already reads the new values of units 0..i-1 instead of h_{t-1}.
import math


def rnn_forward(xs: list, W_x: list, W_h: list, b: list, h0: list) -> list:
    h = list(h0)
    states = []
    for x in xs:
        for i in range(len(b)):
            pre = sum(w * v for w, v in zip(W_x[i], x)) + sum(w * v for w, v in zip(W_h[i], h)) + b[i]
            h[i] = math.tanh(pre)
        states.append(list(h))
    return states
