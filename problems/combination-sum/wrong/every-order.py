# Lets every step pick any candidate, so the same combination is found once per ordering ([2, 2, 3], [2, 3, 2], [3, 2, 2]).
class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        found = []

        def extend(chosen, remaining):
            if remaining == 0:
                found.append(chosen[:])
                return
            for c in candidates:
                if c <= remaining:
                    extend(chosen + [c], remaining - c)

        extend([], target)
        return found
