class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        vals = [1] + nums + [1]
        size = len(vals)
        # best[l][r]: most coins from bursting every balloon strictly between walls l and r.
        best = [[0] * size for _ in range(size)]
        for gap in range(2, size):
            for left in range(size - gap):
                right = left + gap
                outer = vals[left] * vals[right]
                row_l = best[left]
                top = 0
                for last in range(left + 1, right):  # the last balloon burst between the walls
                    coins = row_l[last] + best[last][right] + outer * vals[last]
                    if coins > top:
                        top = coins
                row_l[right] = top
        return best[0][size - 1]
