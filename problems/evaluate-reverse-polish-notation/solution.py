class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        stack = []
        for tok in tokens:
            if tok not in ("+", "-", "*", "/"):
                stack.append(int(tok))
                continue
            right = stack.pop()
            left = stack.pop()
            if tok == "+":
                stack.append(left + right)
            elif tok == "-":
                stack.append(left - right)
            elif tok == "*":
                stack.append(left * right)
            else:
                quotient = abs(left) // abs(right)  # truncate toward zero, exactly
                stack.append(quotient if (left < 0) == (right < 0) else -quotient)
        return stack[-1]
