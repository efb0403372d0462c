class Solution:
    def countSubstrings(self, s: str) -> int:
        n = len(s)
        count = 0
        # Centre c sits on s[c // 2] (c even) or between two characters (c odd).
        for c in range(2 * n - 1):
            lo, hi = c // 2, (c + 1) // 2
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                count += 1
                lo -= 1
                hi += 1
        return count
