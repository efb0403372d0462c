# Oracle: second implementation, turns both digit lists into Python integers, adds them, and splits the sum back into digits.
def oracle(l1, l2):
    def value(digits):
        return int("".join(str(d) for d in reversed(digits)))

    return [int(ch) for ch in reversed(str(value(l1) + value(l2)))]
