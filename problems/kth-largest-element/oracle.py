# Oracle: brute force, sorts everything and counts k from the end.
def oracle(nums, k):
    return sorted(nums)[-k]
