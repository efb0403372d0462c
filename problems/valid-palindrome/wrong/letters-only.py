# Missed case: keeps letters only (isalpha), so digits are dropped and "0P" reads as a palindrome.
class Solution:
    def isPalindrome(self, s: str) -> bool:
        kept = [ch.lower() for ch in s if ch.isalpha()]
        return kept == kept[::-1]
