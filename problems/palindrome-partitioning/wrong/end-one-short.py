# Never lets a piece end at the last character (range stops at len(s) - 1), so most partitions are lost.
class Solution:
    def partition(self, s: str) -> List[List[str]]:
        found = []

        def cut(i, pieces):
            if i >= len(s) - 1:
                found.append(pieces + ([s[i:]] if i < len(s) else []))
                return
            for j in range(i + 1, len(s)):
                piece = s[i:j]
                if piece == piece[::-1]:
                    cut(j, pieces + [piece])

        cut(0, [])
        return found
