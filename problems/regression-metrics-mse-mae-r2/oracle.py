# Independent oracle: scikit-learn's mean_squared_error, mean_absolute_error and r2_score (force_finite default).
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score


def oracle(y_true, y_pred):
    return [float(mean_squared_error(y_true, y_pred)), float(mean_absolute_error(y_true, y_pred)),
            float(r2_score(y_true, y_pred))]
