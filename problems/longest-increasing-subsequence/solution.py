class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        tails = []  # tails[L - 1] = smallest value ending an increasing subsequence of length L
        for x in nums:
            i = bisect_left(tails, x)
            if i == len(tails):
                tails.append(x)
            else:
                tails[i] = x
        return len(tails)
