# Too slow: grows a window from every start position, O(n^2), which times out on the long hidden strings.
class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        best = 0
        for i in range(len(s)):
            counts = [0] * 26
            most = 0
            for j in range(i, len(s)):
                c = ord(s[j]) - 65
                counts[c] += 1
                most = max(most, counts[c])
                if j - i + 1 - most > k:
                    break
                best = max(best, j - i + 1)
        return best
