# Divides the total product by each element: ZeroDivisionError (and wrong values) once a zero appears.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        total = 1
        for x in nums:
            total *= x
        return [total // x for x in nums]
