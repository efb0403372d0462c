# Explores every choice of positions and deduplicates at the end: correct, but exponential when a value repeats many times.
class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        nums = sorted(candidates)
        found = set()

        def extend(start, chosen, remaining):
            if remaining == 0:
                found.add(tuple(chosen))
                return
            for i in range(start, len(nums)):
                if nums[i] > remaining:
                    break
                extend(i + 1, chosen + [nums[i]], remaining - nums[i])

        extend(0, [], target)
        return [list(t) for t in found]
