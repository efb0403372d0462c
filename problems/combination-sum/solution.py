class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        candidates = sorted(candidates)
        found = []
        chosen = []

        def extend(start, remaining):
            if remaining == 0:
                found.append(chosen[:])
                return
            for i in range(start, len(candidates)):
                c = candidates[i]
                if c > remaining:
                    break  # sorted: every later candidate is too large as well
                chosen.append(c)
                extend(i, remaining - c)  # i, not i + 1: c may be used again
                chosen.pop()

        extend(0, target)
        return found
