# Missed strings: builds size n only by wrapping "(...)" or putting "()" beside a size n - 1 string, so "(())(())" never appears.
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        level = {""}
        for _ in range(n):
            level = {"(" + s + ")" for s in level} | {"()" + s for s in level} | {s + "()" for s in level}
        return sorted(level)
