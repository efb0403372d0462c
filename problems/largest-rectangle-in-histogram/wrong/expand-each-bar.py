# Too slow: expands left and right from every bar, O(n^2), which times out on the long rising hidden case.
class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        n = len(heights)
        best = 0
        for i in range(n):
            lo = i
            while lo > 0 and heights[lo - 1] >= heights[i]:
                lo -= 1
            hi = i
            while hi < n - 1 and heights[hi + 1] >= heights[i]:
                hi += 1
            best = max(best, heights[i] * (hi - lo + 1))
        return best
