# Wrong rounding: counts p // k hours per pile, but a partly eaten pile still costs a whole hour.
class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        lo, hi = 1, max(piles)
        while lo < hi:
            mid = (lo + hi) // 2
            if sum(p // mid for p in piles) <= h:
                hi = mid
            else:
                lo = mid + 1
        return lo
