# Recurses with i instead of i + 1, so the same position can be picked again (that is Combination Sum I).
class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        nums = sorted(set(candidates))
        found = []

        def extend(start, chosen, remaining):
            if remaining == 0:
                found.append(chosen)
                return
            for i in range(start, len(nums)):
                if nums[i] > remaining:
                    break
                extend(i, chosen + [nums[i]], remaining - nums[i])

        extend(0, [], target)
        return found
