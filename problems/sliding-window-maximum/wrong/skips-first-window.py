# Off-by-one: starts recording at i = k instead of i = k - 1, so the first window's maximum is missing.
class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        window = deque()
        result = []
        for i, x in enumerate(nums):
            while window and nums[window[-1]] <= x:
                window.pop()
            window.append(i)
            if window[0] <= i - k:
                window.popleft()
            if i >= k:
                result.append(nums[window[0]])
        return result
