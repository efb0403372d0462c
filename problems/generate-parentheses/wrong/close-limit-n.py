# Wrong rule: allows a ")" whenever fewer than n are closed, so strings like "())(" that close too early slip in.
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        result = []

        def extend(prefix, opened, closed):
            if len(prefix) == 2 * n:
                result.append(prefix)
                return
            if opened < n:
                extend(prefix + "(", opened + 1, closed)
            if closed < n:
                extend(prefix + ")", opened, closed + 1)

        extend("", 0, 0)
        return result
