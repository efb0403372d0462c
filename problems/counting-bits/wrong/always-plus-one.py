# Uses ans[i] = ans[i >> 1] + 1, adding a bit even when the lowest bit of i is 0.
class Solution:
    def countBits(self, n: int) -> List[int]:
        ans = [0] * (n + 1)
        for i in range(1, n + 1):
            ans[i] = ans[i >> 1] + 1
        return ans
