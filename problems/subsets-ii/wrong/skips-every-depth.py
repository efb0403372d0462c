# Skips a value equal to the previous one at every depth, not only among siblings, so [2, 2] is lost.
class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(nums)
        found = []

        def extend(start, chosen):
            found.append(chosen)
            for i in range(start, len(nums)):
                if i > 0 and nums[i] == nums[i - 1]:
                    continue
                extend(i + 1, chosen + [nums[i]])

        extend(0, [])
        return found
