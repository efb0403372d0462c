# Accepts any order that takes every course once and each prerequisite before the course needing it; [] exactly when no such order exists.


def check(args, expected, got):
    n, prerequisites = args
    if type(got) is not list:
        return f"expected a list of course numbers, got {type(got).__name__}"
    if expected == []:
        return True if got == [] else "the prerequisites contain a cycle, so no order exists and the answer is []"
    if got == []:
        return "every course can be taken, so the answer must be an order of all of them, not []"
    if len(got) != n:
        return f"expected all {n} courses, got {len(got)}"
    position = {}
    for i, course in enumerate(got):
        if type(course) is not int or not 0 <= course < n:
            return f"item {i} is {course!r}, not a course number from 0 to {n - 1}"
        if course in position:
            return f"course {course} appears twice"
        position[course] = i
    for a, b in prerequisites:
        if position[b] > position[a]:
            return f"course {a} comes before its prerequisite {b}"
    return True
