# Missed case: adds the new interval only when a later interval is met, so it vanishes when it belongs at the end.
class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        out = []
        for i, (s, e) in enumerate(intervals):
            if newInterval[1] < s:
                return out + [newInterval] + intervals[i:]
            if newInterval[0] > e:
                out.append([s, e])
            else:
                newInterval = [min(newInterval[0], s), max(newInterval[1], e)]
        return out
