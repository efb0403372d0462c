class Solution:
    def checkValidString(self, s: str) -> bool:
        low = high = 0  # fewest and most unmatched "(" the prefix can leave
        for ch in s:
            if ch == "(":
                low, high = low + 1, high + 1
            elif ch == ")":
                low, high = low - 1, high - 1
            else:
                low, high = low - 1, high + 1
            if high < 0:  # too many ")" even if every star opens
                return False
            low = max(low, 0)
        return low == 0
