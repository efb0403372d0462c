# Oracle: Floyd's cycle detection on the digit-square sequence (slow and fast pointers), with the step written via the decimal string.


def _step(x):
    return sum(int(d) ** 2 for d in str(x))


def oracle(n):
    slow, fast = n, _step(n)
    while slow != fast:
        slow, fast = _step(slow), _step(_step(fast))
    return slow == 1
