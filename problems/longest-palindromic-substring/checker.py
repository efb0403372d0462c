# Accepts any longest palindromic substring of s: a substring, a palindrome, as long as the expected one.


def check(args, expected, got):
    (s,) = args
    if not isinstance(got, str):
        return f"expected a string, got {type(got).__name__}"
    if got not in s:
        return f"{got[:40]!r} is not a substring of s"
    if got != got[::-1]:
        return f"{got[:40]!r} is not a palindrome"
    if len(got) != len(expected):
        return f"a palindrome of length {len(got)}; the longest has length {len(expected)}"
    return True
