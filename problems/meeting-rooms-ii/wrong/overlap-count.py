# Counts, for each meeting, the meetings overlapping it: not the peak (and O(n^2)).
class Solution:
    def minMeetingRooms(self, intervals: List[Interval]) -> int:
        best = 0
        for a in intervals:
            count = sum(1 for b in intervals if b.start < a.end and a.start < b.end)
            best = max(best, count)
        return best
