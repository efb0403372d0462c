# Oracle: second implementation, written differently from the reference: numpy builds, per feature, a (thresholds × rows) matrix of stump outputs and gets every weighted error with one matrix-vector product; the stated scan order and 1e-12 tie rule then pick the stump. scikit-learn's AdaBoostClassifier is not used: its stumps are fitted by weighted Gini, not by weighted error, and its SAMME alpha has no factor ½.
import numpy as np


def oracle(X, y, X_test, rounds):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.full(n, 1.0 / n)
    cands = []  # (j, t, outputs of polarity +1 on the training rows)
    for j in range(d):
        v = np.unique(X[:, j])
        thr = (v[:-1] + v[1:]) / 2
        H = np.where(X[:, j][None, :] <= thr[:, None], 1.0, -1.0)
        cands.append((j, thr, H))
    stumps = []
    for _ in range(rounds):
        best = None
        for j, thr, H in cands:
            err_pos = (H != y[None, :]).astype(float) @ w
            for k in range(len(thr)):
                for pol, e in ((1, err_pos[k]), (-1, 1.0 - err_pos[k])):
                    if best is None or e < best[3] - 1e-12:
                        best = (j, float(thr[k]), pol, float(e), H[k] * pol)
        j, t, pol, eps, h = best
        eps = float(np.clip(eps, 1e-10, 1 - 1e-10))
        alpha = 0.5 * np.log((1 - eps) / eps)
        stumps.append([j, t, pol, float(alpha)])
        w = w * np.exp(-alpha * y * h)
        w = w / w.sum()
    Xt = np.asarray(X_test, dtype=float).reshape(len(X_test), d)
    F = np.zeros(len(Xt))
    for j, t, pol, a in stumps:
        F += a * np.where(Xt[:, j] <= t, pol, -pol)
    return [stumps, np.where(F >= 0, 1, -1).tolist()]
