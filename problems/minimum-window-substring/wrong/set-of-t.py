# Treats t as a set of letters, so repeated letters in t are only required once.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(set(t))
        missing = len(need)
        best_start, best_len = 0, len(s) + 1
        left = 0
        for right, ch in enumerate(s):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            if missing == 0:
                while need[s[left]] < 0:
                    need[s[left]] += 1
                    left += 1
                if right - left + 1 < best_len:
                    best_start, best_len = left, right - left + 1
                need[s[left]] += 1
                missing += 1
                left += 1
        return "" if best_len > len(s) else s[best_start:best_start + best_len]
