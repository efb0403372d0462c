class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        intervals = sorted(intervals)
        answer = [-1] * len(queries)
        open_ = []  # (size, right end) of intervals that start at or before the current query
        i = 0
        for qi in sorted(range(len(queries)), key=queries.__getitem__):
            q = queries[qi]
            while i < len(intervals) and intervals[i][0] <= q:
                left, right = intervals[i]
                heappush(open_, (right - left + 1, right))
                i += 1
            while open_ and open_[0][1] < q:
                heappop(open_)  # ended before q: it can never contain a later query either
            if open_:
                answer[qi] = open_[0][0]
        return answer
