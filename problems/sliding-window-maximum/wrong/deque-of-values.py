# Keeps VALUES in the deque and pops equal ones (<=); evicting the outgoing value by equality then drops a duplicate still in the window.
class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        window = deque()
        result = []
        for i, x in enumerate(nums):
            if i >= k and window and window[0] == nums[i - k]:
                window.popleft()
            while window and window[-1] <= x:
                window.pop()
            window.append(x)
            if i >= k - 1:
                result.append(window[0])
        return result
