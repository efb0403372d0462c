# Correct answers, but tries all three meanings of every star by plain recursion: 3^stars, too slow for 100 characters.
class Solution:
    def checkValidString(self, s: str) -> bool:
        def valid(i, opened):
            if opened < 0:
                return False
            if i == len(s):
                return opened == 0
            if s[i] == "(":
                return valid(i + 1, opened + 1)
            if s[i] == ")":
                return valid(i + 1, opened - 1)
            return valid(i + 1, opened + 1) or valid(i + 1, opened - 1) or valid(i + 1, opened)
        return valid(0, 0)
