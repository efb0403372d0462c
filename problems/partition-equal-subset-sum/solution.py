class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        target = total // 2
        reach = [True] + [False] * target  # reach[s]: some subset of the numbers so far sums to s
        for x in nums:
            for s in range(target, x - 1, -1):  # downwards, so x is used at most once
                if reach[s - x]:
                    reach[s] = True
            if reach[target]:
                return True
        return reach[target]
