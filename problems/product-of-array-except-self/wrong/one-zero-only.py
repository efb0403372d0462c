# Divides and special-cases a zero, but gives the zero positions a non-zero product when there are two zeros.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        nonzero = 1
        for x in nums:
            if x != 0:
                nonzero *= x
        has_zero = 0 in nums
        return [nonzero if x == 0 else (0 if has_zero else nonzero // x) for x in nums]
