# Never clamps the lowest open count at 0: in "(*)(" the star counted as ")" drives low to -1, the last "(" brings it back to 0 and the string passes.
class Solution:
    def checkValidString(self, s: str) -> bool:
        low = high = 0
        for ch in s:
            if ch == "(":
                low, high = low + 1, high + 1
            elif ch == ")":
                low, high = low - 1, high - 1
            else:
                low, high = low - 1, high + 1
            if high < 0:
                return False
        return low <= 0 <= high
