class Solution:
    def longestPalindrome(self, s: str) -> str:
        n = len(s)
        best_start, best_len = 0, 1
        # Centre c covers s[c // 2] (c even) or the gap before s[(c + 1) // 2] (c odd).
        for c in range(2 * n - 1):
            lo, hi = c // 2, (c + 1) // 2
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            length = hi - lo - 1  # the loop stopped one step past each end
            if length > best_len:
                best_start, best_len = lo + 1, length
        return s[best_start:best_start + best_len]
