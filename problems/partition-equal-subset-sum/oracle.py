# Oracle: every subset for n <= 16; otherwise the set of reachable subset sums, grown one number at a time (a second algorithm, no table).


def oracle(nums):
    total = sum(nums)
    if len(nums) <= 16:
        return any(2 * sum(x for i, x in enumerate(nums) if mask >> i & 1) == total for mask in range(1 << len(nums)))
    if total % 2:
        return False
    sums = {0}
    for x in nums:
        sums |= {s + x for s in sums if s + x <= total // 2}
    return total // 2 in sums
