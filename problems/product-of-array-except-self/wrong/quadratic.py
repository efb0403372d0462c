# Correct answers, but multiplies the other n - 1 elements for every position: O(n^2), times out on 2 · 10^4 values.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        answer = []
        for i in range(len(nums)):
            p = 1
            for j in range(len(nums)):
                if j != i:
                    p *= nums[j]
            answer.append(p)
        return answer
