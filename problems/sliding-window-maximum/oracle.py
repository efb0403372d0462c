# Oracle: second implementation, a sparse table of range maxima with numpy (the reference keeps a monotonic deque).
import numpy as np


def oracle(nums, k):
    table = [np.array(nums, dtype=np.int64)]
    span = 1
    while 2 * span <= k:
        prev = table[-1]
        table.append(np.maximum(prev[:-span], prev[span:]))  # maxima of windows of length 2 * span
        span *= 2
    level = table[-1]
    count = len(nums) - k + 1
    return np.maximum(level[:count], level[k - span:k - span + count]).tolist()
