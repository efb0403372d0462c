# Writes the tanh derivative as 1 - x^2 (in terms of the input) instead of 1 - tanh(x)^2.
import math


def activation_forward_backward(name, x, alpha):
    c = math.sqrt(2.0 / math.pi)
    ys, ds = [], []
    for v in x:
        if name == "sigmoid":
            s = 1.0 / (1.0 + math.exp(-v)) if v >= 0 else math.exp(v) / (1.0 + math.exp(v))
            ys.append(s); ds.append(s * (1 - s))
        elif name == "tanh":
            ys.append(math.tanh(v)); ds.append(1 - v * v)
        elif name == "relu":
            ys.append(max(v, 0.0)); ds.append(1.0 if v > 0 else 0.0)
        elif name == "leaky_relu":
            ys.append(v if v > 0 else alpha * v); ds.append(1.0 if v > 0 else alpha)
        else:
            t = math.tanh(c * (v + 0.044715 * v ** 3))
            ys.append(0.5 * v * (1 + t))
            ds.append(0.5 * (1 + t) + 0.5 * v * (1 - t * t) * c * (1 + 3 * 0.044715 * v * v))
    return [ys, ds]
