# Wrong chance model: assumes every label is equally likely instead of using each rater's marginals.
def cohen_kappa(y_true, y_pred):
    n = len(y_true)
    po = sum(1 for a, b in zip(y_true, y_pred) if a == b) / n
    k = len(set(y_true) | set(y_pred))
    pe = 1 / k
    return (po - pe) / (1 - pe)
