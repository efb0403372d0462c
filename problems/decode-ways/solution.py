class Solution:
    def numDecodings(self, s: str) -> int:
        # after = decodings of s[i + 1:], after2 = decodings of s[i + 2:]; the empty suffix decodes one way.
        after, after2 = 1, 0
        for i in range(len(s) - 1, -1, -1):
            if s[i] == "0":
                ways = 0
            else:
                ways = after
                if i + 1 < len(s) and 10 <= int(s[i:i + 2]) <= 26:
                    ways += after2
            after, after2 = ways, after
        return after
