# Clears against the high threshold instead of the low one, so there is no hysteresis band.
def alert_intervals(values: list, high: float, low: float, n_raise: int, m_clear: int) -> list:
    intervals = []
    alerting = False
    streak = 0  # consecutive points that count toward the next change of state
    for t, v in enumerate(values):
        if not alerting:
            streak = streak + 1 if v is not None and v > high else 0
            if streak == n_raise:
                intervals.append([t, None])  # raised on the n-th point of the run
                alerting, streak = True, 0
        else:
            streak = streak + 1 if v is not None and v < high else 0
            if streak == m_clear:
                intervals[-1][1] = t  # cleared on the m-th point of the run
                alerting, streak = False, 0
    return intervals
