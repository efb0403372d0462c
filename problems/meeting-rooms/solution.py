class Solution:
    def canAttendMeetings(self, intervals: List[Interval]) -> bool:
        meetings = sorted(intervals, key=lambda m: m.start)
        for before, after in zip(meetings, meetings[1:]):
            if after.start < before.end:
                return False
        return True
