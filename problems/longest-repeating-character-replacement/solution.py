class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        counts = [0] * 26
        most = 0  # the highest count of one letter seen in any window so far
        left = 0
        for right in range(len(s)):
            c = ord(s[right]) - 65
            counts[c] += 1
            if counts[c] > most:
                most = counts[c]
            # The window may only keep its size, never grow, until some letter beats `most`.
            if right - left + 1 - most > k:
                counts[ord(s[left]) - 65] -= 1
                left += 1
        return len(s) - left
