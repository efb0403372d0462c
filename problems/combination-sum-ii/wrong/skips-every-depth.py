# Skips any value equal to its left neighbour, at every depth, so combinations using two equal values are lost.
class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        nums = sorted(candidates)
        found = []

        def extend(start, chosen, remaining):
            if remaining == 0:
                found.append(chosen)
                return
            for i in range(start, len(nums)):
                if nums[i] > remaining:
                    break
                if i > 0 and nums[i] == nums[i - 1]:
                    continue
                extend(i + 1, chosen + [nums[i]], remaining - nums[i])

        extend(0, [], target)
        return found
