class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        nums = sorted(candidates)
        found = []
        chosen = []

        def extend(start, remaining):
            if remaining == 0:
                found.append(chosen[:])
                return
            for i in range(start, len(nums)):
                if nums[i] > remaining:
                    break
                if i > start and nums[i] == nums[i - 1]:
                    continue  # this value already led this depth's search
                chosen.append(nums[i])
                extend(i + 1, remaining - nums[i])
                chosen.pop()

        extend(0, target)
        return found
