# Missed case: compares the sets of letters, forgetting how many times each letter occurs.
class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        return set(s) == set(t)
