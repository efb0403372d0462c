# Oracle: scikit-learn's MinMaxScaler and RobustScaler (median, 25th–75th percentile range with numpy's linear interpolation) fitted on X_train; both replace a zero range by 1, the stated constant-column rule.
import numpy as np
from sklearn.preprocessing import MinMaxScaler, RobustScaler


def oracle(X_train, X_test, method):
    Xtr = np.asarray(X_train, dtype=float)
    d = Xtr.shape[1]
    Xte = np.asarray(X_test, dtype=float).reshape(len(X_test), d)
    if method == "minmax":
        sc = MinMaxScaler().fit(Xtr)
        rng = np.where(sc.data_range_ == 0, 1.0, sc.data_range_)
        params = np.stack([sc.data_min_, rng], axis=1)
    else:
        sc = RobustScaler().fit(Xtr)
        params = np.stack([sc.center_, sc.scale_], axis=1)
    test = sc.transform(Xte).tolist() if len(Xte) else []
    return [params.tolist(), sc.transform(Xtr).tolist(), test]
