# Oracle: second implementation, builds the cleaned string from an explicit ASCII alphabet and compares it with its reverse.
import string

KEEP = set(string.ascii_letters + string.digits)


def oracle(s):
    cleaned = "".join(ch.lower() for ch in s if ch in KEEP)
    return cleaned == cleaned[::-1]
