# Splits on the FIRST balloon burst in a range and scores it with the range's walls, although its neighbours at that moment are other balloons.
class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        vals = [1] + nums + [1]
        size = len(vals)
        best = [[0] * size for _ in range(size)]
        for gap in range(2, size):
            for left in range(size - gap):
                right = left + gap
                top = 0
                for first in range(left + 1, right):
                    lo = vals[first - 1]
                    hi = vals[first + 1]
                    top = max(top, lo * vals[first] * hi + best[left][first] + best[first][right])
                best[left][right] = top
        return best[0][size - 1]
