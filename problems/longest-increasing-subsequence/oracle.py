# Independent of the reference (patience sorting with bisect): a Fenwick tree of prefix maxima over
# the values' ranks. best[v] = the longest strictly increasing subsequence ending in value rank v.
def oracle(nums):
    ranks = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
    size = len(ranks)
    tree = [0] * (size + 1)

    def query(i):  # max over ranks 1..i
        best = 0
        while i > 0:
            best = max(best, tree[i])
            i -= i & -i
        return best

    def update(i, value):
        while i <= size:
            tree[i] = max(tree[i], value)
            i += i & -i

    for v in nums:
        r = ranks[v]
        update(r, query(r - 1) + 1)  # strictly increasing: only smaller ranks extend
    return query(size)
