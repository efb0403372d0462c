# Counts the iteration that only checked the gradient and stopped, so steps is one too many whenever the loop ends early.
def newton_minimise(coeffs, x0, lr, max_iter):
    def ev(p, x):
        return sum(a * x ** k for k, a in enumerate(p))
    d1 = [k * coeffs[k] for k in range(1, len(coeffs))]
    d2 = [k * d1[k] for k in range(1, len(d1))]
    x = float(x0)
    it = 0
    while it < max_iter:
        it += 1
        g = ev(d1, x)
        if abs(g) <= 1e-10:
            break
        h = ev(d2, x)
        x = x - g / h if h > 0 else x - lr * g
    return [x, ev(coeffs, x), it]
