import math

GELU_C = math.sqrt(2.0 / math.pi)


def sigmoid(z: float) -> float:
    # Never exponentiate a large positive number: pick the form whose exp() argument is <= 0.
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def activation_forward_backward(name: str, x: list, alpha: float) -> list:
    ys, ds = [], []
    for v in x:
        if name == "sigmoid":
            s = sigmoid(v)
            y, d = s, s * (1.0 - s)
        elif name == "tanh":
            t = math.tanh(v)
            y, d = t, 1.0 - t * t
        elif name == "relu":
            y, d = (v, 1.0) if v > 0 else (0.0, 0.0)  # the derivative at 0 is taken as 0
        elif name == "leaky_relu":
            y, d = (v, 1.0) if v > 0 else (alpha * v, alpha)  # at 0: alpha
        elif name == "gelu":
            u = GELU_C * (v + 0.044715 * v ** 3)
            t = math.tanh(u)
            du = GELU_C * (1.0 + 3 * 0.044715 * v * v)
            y = 0.5 * v * (1.0 + t)
            d = 0.5 * (1.0 + t) + 0.5 * v * (1.0 - t * t) * du
        else:
            raise ValueError(f"unknown activation {name!r}")
        ys.append(float(y))
        ds.append(float(d))
    return [ys, ds]
