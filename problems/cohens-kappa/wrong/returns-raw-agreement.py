# Ignores chance agreement: returns the observed agreement (accuracy) instead of kappa.
def cohen_kappa(y_true, y_pred):
    return sum(1 for a, b in zip(y_true, y_pred) if a == b) / len(y_true)
