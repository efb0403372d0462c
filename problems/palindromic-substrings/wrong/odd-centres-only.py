# Expands only around single characters: even-length palindromes such as "bb" are never counted.
class Solution:
    def countSubstrings(self, s: str) -> int:
        count = 0
        for mid in range(len(s)):
            lo = hi = mid
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                count += 1
                lo -= 1
                hi += 1
        return count
