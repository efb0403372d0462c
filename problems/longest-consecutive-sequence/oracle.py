# Oracle: second implementation, sorts the distinct values and scans for the longest step-by-one stretch.
def oracle(nums):
    values = sorted(set(nums))
    best = 0
    run = 0
    for i, v in enumerate(values):
        run = run + 1 if i > 0 and v == values[i - 1] + 1 else 1
        best = max(best, run)
    return best
