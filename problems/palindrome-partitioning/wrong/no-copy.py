# Records the shared list of pieces itself, which is empty again by the time the search ends.
class Solution:
    def partition(self, s: str) -> List[List[str]]:
        found = []
        pieces = []

        def cut(i):
            if i == len(s):
                found.append(pieces)
                return
            for j in range(i, len(s)):
                piece = s[i:j + 1]
                if piece == piece[::-1]:
                    pieces.append(piece)
                    cut(j + 1)
                    pieces.pop()

        cut(0)
        return found
