# Correct answers, but grows a fresh window from every left end: O(n^2), times out on 10^5 characters.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        best = ""
        for left in range(len(s)):
            need = Counter(t)
            missing = len(t)
            for right in range(left, len(s)):
                if need[s[right]] > 0:
                    missing -= 1
                need[s[right]] -= 1
                if missing == 0:
                    if not best or right - left + 1 < len(best):
                        best = s[left:right + 1]
                    break
        return best
