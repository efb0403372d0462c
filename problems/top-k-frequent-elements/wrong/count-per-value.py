# Correct answers, but nums.count(v) rescans the list for every distinct value: O(n * d), times out.
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        return sorted(set(nums), key=nums.count, reverse=True)[:k]
