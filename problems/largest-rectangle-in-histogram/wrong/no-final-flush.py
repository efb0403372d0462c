# Missed case: never empties the stack at the end, so rectangles reaching the last bar are not measured.
class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        best = 0
        stack = []
        for i, h in enumerate(heights):
            while stack and heights[stack[-1]] >= h:
                top = heights[stack.pop()]
                left = stack[-1] if stack else -1
                best = max(best, top * (i - left - 1))
            stack.append(i)
        return best
