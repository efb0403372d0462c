# Moves past a candidate after choosing it, so no number can be used more than once.
class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        found = []

        def extend(start, chosen, remaining):
            if remaining == 0:
                found.append(chosen[:])
                return
            for i in range(start, len(candidates)):
                if candidates[i] <= remaining:
                    extend(i + 1, chosen + [candidates[i]], remaining - candidates[i])

        extend(0, [], target)
        return found
