# Oracle: second implementation, prefix and suffix maxima arrays (the reference walks two indices inward).
def oracle(height):
    n = len(height)
    left = [0] * n
    right = [0] * n
    best = 0
    for i in range(n):
        best = max(best, height[i])
        left[i] = best
    best = 0
    for i in range(n - 1, -1, -1):
        best = max(best, height[i])
        right[i] = best
    return sum(min(left[i], right[i]) - height[i] for i in range(n))
