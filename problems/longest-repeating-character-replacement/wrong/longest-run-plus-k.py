# Wrong idea: extends the longest run of one letter by k, but the k changes may be better spent joining separate runs.
class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        best = run = 0
        for i, ch in enumerate(s):
            run = run + 1 if i > 0 and ch == s[i - 1] else 1
            best = max(best, run)
        return min(len(s), best + k)
