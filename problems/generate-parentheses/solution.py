class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        result = []

        def extend(prefix: str, opened: int, closed: int) -> None:
            if len(prefix) == 2 * n:
                result.append(prefix)
                return
            if opened < n:
                extend(prefix + "(", opened + 1, closed)
            if closed < opened:  # only close a bracket that is open
                extend(prefix + ")", opened, closed + 1)

        extend("", 0, 0)
        return result
