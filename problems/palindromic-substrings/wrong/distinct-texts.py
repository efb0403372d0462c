# Counts distinct palindromic texts in a set: "aaa" gives 3 instead of 6.
class Solution:
    def countSubstrings(self, s: str) -> int:
        found = set()
        for c in range(2 * len(s) - 1):
            lo, hi = c // 2, (c + 1) // 2
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                found.add(s[lo:hi + 1])
                lo -= 1
                hi += 1
        return len(found)
