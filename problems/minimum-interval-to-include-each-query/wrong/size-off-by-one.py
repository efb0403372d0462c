# Off by one: reports right - left, but an interval's size counts both ends (right - left + 1).
class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        intervals = sorted(intervals)
        answer = [-1] * len(queries)
        heap = []
        i = 0
        for qi in sorted(range(len(queries)), key=queries.__getitem__):
            q = queries[qi]
            while i < len(intervals) and intervals[i][0] <= q:
                heappush(heap, (intervals[i][1] - intervals[i][0], intervals[i][1]))
                i += 1
            while heap and heap[0][1] < q:
                heappop(heap)
            if heap:
                answer[qi] = heap[0][0]
        return answer
