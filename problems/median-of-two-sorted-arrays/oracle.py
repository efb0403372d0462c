# Oracle: brute force, sorts both lists together and takes the middle.
def oracle(nums1, nums2):
    merged = sorted(nums1 + nums2)
    n = len(merged)
    mid = n // 2
    return float(merged[mid]) if n % 2 else (merged[mid - 1] + merged[mid]) / 2
