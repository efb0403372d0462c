# Oracle: second implementation, sorts all points by exact squared distance and keeps the first k.
def oracle(points, k):
    return sorted(points, key=lambda p: p[0] * p[0] + p[1] * p[1])[:k]
