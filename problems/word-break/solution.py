class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)
        lengths = sorted({len(w) for w in words})
        ok = [False] * (len(s) + 1)  # ok[i]: s[:i] splits into words
        ok[0] = True
        for end in range(1, len(s) + 1):
            for size in lengths:
                if size > end:
                    break
                if ok[end - size] and s[end - size:end] in words:
                    ok[end] = True
                    break
        return ok[len(s)]
