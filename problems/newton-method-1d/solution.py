def newton_minimise(coeffs: list, x0: float, lr: float, max_iter: int) -> list:
    def poly(c, x):
        total = 0.0
        for a in reversed(c):  # Horner's rule; c[k] multiplies x**k
            total = total * x + a
        return total

    d1 = [k * coeffs[k] for k in range(1, len(coeffs))]  # f'
    d2 = [k * d1[k] for k in range(1, len(d1))]  # f''
    x = float(x0)
    steps = 0
    for _ in range(max_iter):
        g = poly(d1, x)
        if abs(g) <= 1e-10:
            break  # stationary: stop before spending a step
        h = poly(d2, x)
        if h > 0:
            x -= g / h  # Newton step to the minimum of the local quadratic model
        else:
            x -= lr * g  # no positive curvature: the quadratic model has no minimum, so go downhill
        steps += 1
    return [x, poly(coeffs, x), steps]
