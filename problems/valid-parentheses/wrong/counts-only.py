# Only checks that each kind's closers never outnumber its openers, so interleavings like "([)]" pass.
class Solution:
    def isValid(self, s: str) -> bool:
        depth = {'(': 0, '[': 0, '{': 0}
        opener = {')': '(', ']': '[', '}': '{'}
        for ch in s:
            if ch in depth:
                depth[ch] += 1
            else:
                depth[opener[ch]] -= 1
                if depth[opener[ch]] < 0:
                    return False
        return all(v == 0 for v in depth.values())
