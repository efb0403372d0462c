# Oracle: second implementation, nearest lower bar on each side found by jumping along already-computed boundaries, then every bar's full-height rectangle.
def oracle(heights):
    n = len(heights)
    left = [0] * n  # index of the nearest bar to the left that is lower, or -1
    for i in range(n):
        j = i - 1
        while j >= 0 and heights[j] >= heights[i]:
            j = left[j]
        left[i] = j
    right = [0] * n  # index of the nearest bar to the right that is lower, or n
    for i in range(n - 1, -1, -1):
        j = i + 1
        while j < n and heights[j] >= heights[i]:
            j = right[j]
        right[i] = j
    return max(heights[i] * (right[i] - left[i] - 1) for i in range(n))
