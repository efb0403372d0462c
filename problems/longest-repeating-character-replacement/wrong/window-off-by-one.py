# Off by one: measures the window as right - left, one short, so it keeps a window needing k + 1 changes.
class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        counts = Counter()
        most = 0
        left = 0
        best = 0
        for right, ch in enumerate(s):
            counts[ch] += 1
            most = max(most, counts[ch])
            while (right - left) - most > k:
                counts[s[left]] -= 1
                left += 1
            best = max(best, right - left + 1)
        return best
