# Independent oracle: scipy.stats.chi2_contingency on the 2 × 2 table without Yates' correction. Its
# statistic equals z² and its p-value equals the two-sided z-test's, so z = sign(p1 − p2) · sqrt(chi2).
import math

from scipy import stats


def oracle(x1, n1, x2, n2):
    if x1 + x2 == 0 or x1 + x2 == n1 + n2:
        return [0.0, 1.0]  # a zero column: the statement's rule
    chi2, p, _, _ = stats.chi2_contingency([[x1, n1 - x1], [x2, n2 - x2]], correction=False)
    sign = 1.0 if x1 / n1 > x2 / n2 else (-1.0 if x1 / n1 < x2 / n2 else 0.0)
    return [sign * math.sqrt(chi2), float(p)]
