# Too slow: rescans both sides for every bar, O(n^2), which times out on the large hidden cases.
class Solution:
    def trap(self, height: List[int]) -> int:
        water = 0
        for i in range(len(height)):
            water += min(max(height[: i + 1]), max(height[i:])) - height[i]
        return water
