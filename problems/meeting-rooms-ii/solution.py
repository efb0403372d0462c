class Solution:
    def minMeetingRooms(self, intervals: List[Interval]) -> int:
        starts = sorted(m.start for m in intervals)
        ends = sorted(m.end for m in intervals)
        rooms = best = 0
        j = 0
        for s in starts:
            while ends[j] <= s:  # rooms freed by meetings that ended by now
                j += 1
                rooms -= 1
            rooms += 1
            best = max(best, rooms)
        return best
