class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        # Different lengths can never match; otherwise compare the letter counts.
        return len(s) == len(t) and Counter(s) == Counter(t)
