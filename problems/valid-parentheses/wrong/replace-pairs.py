# Correct answers, but deleting "()", "[]", "{}" until nothing changes is O(n^2) on deep nesting: times out.
class Solution:
    def isValid(self, s: str) -> bool:
        prev = None
        while prev != s:
            prev = s
            s = s.replace('()', '').replace('[]', '').replace('{}', '')
        return s == ''
