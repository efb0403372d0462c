# Correct counts, but plain recursion visits every decoding separately: exponential, times out near 10^9 decodings.
class Solution:
    def numDecodings(self, s: str) -> int:
        def count(i):
            if i == len(s):
                return 1
            if s[i] == "0":
                return 0
            total = count(i + 1)
            if i + 1 < len(s) and 10 <= int(s[i:i + 2]) <= 26:
                total += count(i + 2)
            return total
        return count(0)
