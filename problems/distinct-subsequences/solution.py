class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        n = len(t)
        # For each letter, the positions j (1-based) where t[j - 1] is that letter, highest first.
        where = defaultdict(list)
        for j in range(n, 0, -1):
            where[t[j - 1]].append(j)
        ways = [1] + [0] * n  # ways[j]: ways to pick t[:j] from the part of s read so far
        for ch in s:
            for j in where.get(ch, ()):  # downwards: ch is matched at most once per way
                ways[j] += ways[j - 1]
        return ways[n]
