# Oracle: second implementation, written differently from the reference, in numpy: categories become integer codes with np.unique, and per-category target sums and counts come from np.bincount with a mask for the held-out fold. (scikit-learn's TargetEncoder, which first appeared in 1.3 and is not in the installed 1.2, also picks its own folds and smoothing.)
import numpy as np


def _encode(codes_fit, y_fit, codes_apply, n_codes, m):
    prior = y_fit.mean()
    sums = np.bincount(codes_fit, weights=y_fit, minlength=n_codes)
    cnts = np.bincount(codes_fit, minlength=n_codes).astype(float)
    seen = cnts[codes_apply] > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        enc = (sums[codes_apply] + m * prior) / (cnts[codes_apply] + m)
    return np.where(seen, enc, prior)


def oracle(train_cats, y, fold_ids, test_cats, m):
    allc = list(train_cats) + list(test_cats)
    uniq, codes = np.unique(np.array(allc, dtype=object).astype(str), return_inverse=True)
    ctr, cte = codes[: len(train_cats)], codes[len(train_cats):]
    y = np.asarray(y, dtype=float)
    folds = np.asarray(fold_ids)
    out = np.zeros(len(y))
    for f in np.unique(folds):
        held = folds == f
        out[held] = _encode(ctr[~held], y[~held], ctr[held], len(uniq), m)
    test = _encode(ctr, y, cte, len(uniq), m) if len(cte) else np.zeros(0)
    return [out.tolist(), test.tolist()]
