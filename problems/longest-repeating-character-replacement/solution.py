class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        counts = Counter()
        most = 0  # the highest count of one letter seen in any window so far
        left = 0
        for right, ch in enumerate(s):
            counts[ch] += 1
            most = max(most, counts[ch])
            # The window may only keep its size, never grow, until some letter beats `most`.
            if right - left + 1 - most > k:
                counts[s[left]] -= 1
                left += 1
        return len(s) - left
