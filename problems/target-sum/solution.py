class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        counts = {0: 1}  # running total -> number of sign patterns reaching it
        for x in nums:
            nxt = defaultdict(int)
            for total, ways in counts.items():
                nxt[total + x] += ways
                nxt[total - x] += ways
            counts = nxt
        return counts.get(target, 0)
