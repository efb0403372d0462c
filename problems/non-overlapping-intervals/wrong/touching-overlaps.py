# Wrong boundary: treats intervals that only share an endpoint ([1, 2] and [2, 3]) as overlapping.
class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        removed = 0
        last_end = float("-inf")
        for start, end in sorted(intervals, key=lambda iv: iv[1]):
            if start > last_end:
                last_end = end
            else:
                removed += 1
        return removed
