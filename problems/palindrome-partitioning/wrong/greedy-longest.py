# Greedily takes the longest palindrome at each position and returns that single partition.
class Solution:
    def partition(self, s: str) -> List[List[str]]:
        pieces = []
        i = 0
        while i < len(s):
            for j in range(len(s), i, -1):
                if s[i:j] == s[i:j][::-1]:
                    pieces.append(s[i:j])
                    i = j
                    break
        return [pieces]
