# Treats +0 and -0 as the same choice, so every zero in nums fails to double the count.
class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        counts = {0: 1}
        for x in nums:
            nxt = defaultdict(int)
            for total, ways in counts.items():
                nxt[total + x] += ways
                if x != 0:
                    nxt[total - x] += ways
            counts = nxt
        return counts.get(target, 0)
