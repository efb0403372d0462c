# Correct answers, but compares every pair of meetings: O(n^2), too slow for 10^4 meetings.
class Solution:
    def canAttendMeetings(self, intervals: List[Interval]) -> bool:
        for i in range(len(intervals)):
            for j in range(i + 1, len(intervals)):
                a, b = intervals[i], intervals[j]
                if a.start < b.end and b.start < a.end:
                    return False
        return True
