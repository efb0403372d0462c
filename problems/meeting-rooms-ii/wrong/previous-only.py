# Sorts by start and only checks each meeting against the one before it: overlaps of three or more are undercounted.
class Solution:
    def minMeetingRooms(self, intervals: List[Interval]) -> int:
        meetings = sorted(intervals, key=lambda m: m.start)
        best = 1 if meetings else 0
        for a, b in zip(meetings, meetings[1:]):
            if b.start < a.end:
                best = 2
        return best
