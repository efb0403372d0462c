# Oracle: Python's own regular-expression engine (re.fullmatch), whose "." and "*" mean the same on these alphabets.
import re


def oracle(s, p):
    return re.fullmatch(p, s) is not None
