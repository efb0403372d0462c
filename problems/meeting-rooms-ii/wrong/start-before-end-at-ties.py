# Processes a start before an end at the same time, so back-to-back meetings take two rooms.
class Solution:
    def minMeetingRooms(self, intervals: List[Interval]) -> int:
        events = []
        for m in intervals:
            events.append((m.start, 0))
            events.append((m.end, 1))
        events.sort()
        rooms = best = 0
        for _, kind in events:
            rooms += 1 if kind == 0 else -1
            best = max(best, rooms)
        return best
