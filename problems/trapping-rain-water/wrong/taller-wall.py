# Wrong bound: fills each bar up to the TALLER of its two walls; the shorter wall is what holds the water.
class Solution:
    def trap(self, height: List[int]) -> int:
        n = len(height)
        left, right = [0] * n, [0] * n
        best = 0
        for i in range(n):
            best = max(best, height[i])
            left[i] = best
        best = 0
        for i in range(n - 1, -1, -1):
            best = max(best, height[i])
            right[i] = best
        return sum(max(left[i], right[i]) - height[i] for i in range(n))
