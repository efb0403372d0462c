# Lets a lone "0" stand for a letter (and so pairs like "06" split as 0 6).
class Solution:
    def numDecodings(self, s: str) -> int:
        after, after2 = 1, 0
        for i in range(len(s) - 1, -1, -1):
            ways = after
            if i + 1 < len(s) and 10 <= int(s[i:i + 2]) <= 26:
                ways += after2
            after, after2 = ways, after
        return after
