class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # Keep greedily the interval that ends first; it leaves the most room for the rest.
        removed = 0
        last_end = float("-inf")
        for start, end in sorted(intervals, key=lambda iv: iv[1]):
            if start >= last_end:
                last_end = end
            else:
                removed += 1
        return removed
