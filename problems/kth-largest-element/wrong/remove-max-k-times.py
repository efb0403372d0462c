# Correct answers, but removes the maximum k - 1 times with max() and list.remove(): O(n * k), times out for large k.
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        nums = nums[:]
        for _ in range(k - 1):
            nums.remove(max(nums))
        return max(nums)
