# Carries correctly but forgets the new leading 1 when every digit is 9: [9, 9] becomes [0, 0].
class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        result = list(digits)
        for i in range(len(result) - 1, -1, -1):
            if result[i] < 9:
                result[i] += 1
                return result
            result[i] = 0
        return result
