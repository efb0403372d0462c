# Accepts any valid plain k-fold split of 0..n-1, not only the contiguous layout in `expected`.


def _is_int(x):
    return type(x) is int


def _sorted_index_list(xs, n, what):
    if not isinstance(xs, list) or not all(_is_int(x) for x in xs):
        return f"{what} must be a list of integers"
    for a, b in zip(xs, xs[1:]):
        if a >= b:
            return f"{what} must be sorted ascending without repeats (found {a} before {b})"
    if xs and (xs[0] < 0 or xs[-1] >= n):
        bad = xs[0] if xs[0] < 0 else xs[-1]
        return f"{what} holds index {bad}, outside 0..{n - 1}"
    return None


def check(args, expected, got):
    n, k = args
    if not isinstance(got, list):
        return f"expected a list, got {type(got).__name__}"
    if k < 2 or k > n:
        return True if got == [] else f"k = {k} is invalid for n = {n}, so the answer must be [], got {len(got)} item(s)"
    if len(got) != k:
        return f"expected {k} folds, got {len(got)}"
    small, large = n // k, -(-n // k)
    seen = [0] * n
    for f, fold in enumerate(got):
        if not isinstance(fold, list) or len(fold) != 2:
            return f"fold {f} must be a pair [train_indices, test_indices]"
        train, test = fold
        for xs, what in ((train, f"fold {f} train"), (test, f"fold {f} test")):
            problem = _sorted_index_list(xs, n, what)
            if problem:
                return problem
        if len(test) not in (small, large):
            return f"fold {f} test has {len(test)} indices; with n = {n}, k = {k} each test fold needs {small} or {large}"
        test_set = set(test)
        leaked = next((i for i in train if i in test_set), None)
        if leaked is not None:
            return f"fold {f}: index {leaked} is in both train and test (leakage)"
        if len(train) + len(test) != n:
            train_set = set(train)
            missing = next(i for i in range(n) if i not in test_set and i not in train_set)
            return f"fold {f}: train must hold every index not in test; index {missing} is in neither"
        for i in test:
            seen[i] += 1
    twice = next((i for i in range(n) if seen[i] > 1), None)
    if twice is not None:
        return f"index {twice} is in {seen[twice]} test folds; each index must be tested exactly once"
    never = next((i for i in range(n) if seen[i] == 0), None)
    if never is not None:
        return f"index {never} is in no test fold; each index must be tested exactly once"
    return True
