class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        start, end = newInterval
        before, after = [], []
        for s, e in intervals:
            if e < start:
                before.append([s, e])  # ends before the new interval begins
            elif s > end:
                after.append([s, e])  # begins after the new interval ends
            else:
                start, end = min(start, s), max(end, e)  # overlaps or touches: absorb it
        return before + [[start, end]] + after
