# Oracle: second implementation, sorts a copy and compares neighbours (the reference uses a set).
def oracle(nums):
    ordered = sorted(nums)
    return any(a == b for a, b in zip(ordered, ordered[1:]))
