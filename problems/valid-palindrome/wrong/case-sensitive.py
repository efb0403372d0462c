# Missed case: compares characters without lowercasing them, so "Aa" is rejected.
class Solution:
    def isPalindrome(self, s: str) -> bool:
        kept = [ch for ch in s if ch.isalnum()]
        return kept == kept[::-1]
