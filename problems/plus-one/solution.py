class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        result = list(digits)
        for i in range(len(result) - 1, -1, -1):
            if result[i] < 9:
                result[i] += 1
                return result
            result[i] = 0  # 9 + 1: write 0 and carry left
        return [1] + result  # the carry ran off the front: all digits were 9
