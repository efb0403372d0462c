# Too slow: longest-chain DP that checks every earlier interval, O(n^2), which times out on the large hidden cases.
class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        intervals = sorted(intervals)
        n = len(intervals)
        chain = [1] * n
        for i in range(n):
            for j in range(i):
                if intervals[j][1] <= intervals[i][0] and chain[j] + 1 > chain[i]:
                    chain[i] = chain[j] + 1
        return n - max(chain)
