# Uses Newton's root-finding step x − f/f' (a zero of f) instead of x − f'/f'' (a zero of f').
def newton_minimise(coeffs, x0, lr, max_iter):
    def ev(p, x):
        return sum(a * x ** k for k, a in enumerate(p))
    d1 = [k * coeffs[k] for k in range(1, len(coeffs))]
    x = float(x0)
    n = 0
    for _ in range(max_iter):
        g = ev(d1, x)
        if abs(g) <= 1e-10:
            break
        x = x - ev(coeffs, x) / g
        n += 1
    return [x, ev(coeffs, x), n]
