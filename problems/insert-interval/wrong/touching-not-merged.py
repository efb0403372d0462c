# Wrong boundary: treats intervals that only share an endpoint ([1, 5] and [5, 7]) as separate.
class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        start, end = newInterval
        before, after = [], []
        for s, e in intervals:
            if e <= start:
                before.append([s, e])
            elif s >= end:
                after.append([s, e])
            else:
                start, end = min(start, s), max(end, e)
        return before + [[start, end]] + after
