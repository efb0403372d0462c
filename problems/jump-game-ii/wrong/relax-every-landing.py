# Correct answers, but relaxes every landing cell of every jump: O(n * max jump), too slow for 10^4 indices.
class Solution:
    def jump(self, nums: List[int]) -> int:
        n = len(nums)
        best = [0] + [n] * (n - 1)
        for i in range(n):
            for j in range(i + 1, min(n, i + nums[i] + 1)):
                if best[i] + 1 < best[j]:
                    best[j] = best[i] + 1
        return best[-1]
