# Compares the counts of "(", ")" and "*" and ignores the order, so "*)(" is accepted.
class Solution:
    def checkValidString(self, s: str) -> bool:
        opened, closed, stars = s.count("("), s.count(")"), s.count("*")
        return abs(opened - closed) <= stars
