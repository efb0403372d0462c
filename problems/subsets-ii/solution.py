class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(nums)
        found = []
        chosen = []

        def extend(start):
            found.append(chosen[:])
            for i in range(start, len(nums)):
                if i > start and nums[i] == nums[i - 1]:
                    continue  # an equal value already started this branch at this depth
                chosen.append(nums[i])
                extend(i + 1)
                chosen.pop()

        extend(0)
        return found
