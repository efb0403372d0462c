# Reads the coefficients highest power first (numpy.polyval's order) instead of coeffs[k] multiplying x**k.
def newton_minimise(coeffs, x0, lr, max_iter):
    c = coeffs[::-1]
    def ev(p, x):
        return sum(a * x ** k for k, a in enumerate(p))
    d1 = [k * c[k] for k in range(1, len(c))]
    d2 = [k * d1[k] for k in range(1, len(d1))]
    x = float(x0)
    n = 0
    for _ in range(max_iter):
        g = ev(d1, x)
        if abs(g) <= 1e-10:
            break
        h = ev(d2, x)
        x = x - g / h if h > 0 else x - lr * g
        n += 1
    return [x, ev(c, x), n]
