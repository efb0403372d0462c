class Solution:
    def maxArea(self, height: List[int]) -> int:
        left, right = 0, len(height) - 1
        best = 0
        while left < right:
            best = max(best, (right - left) * min(height[left], height[right]))
            # The shorter line cannot do better with any closer partner, so drop it.
            if height[left] < height[right]:
                left += 1
            else:
                right -= 1
        return best
