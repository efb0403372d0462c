# Independent oracle with numpy: groups ordered by first appearance via np.unique(return_index=True),
# the last ceil(n_groups * test_percent / 100) of them held out, rows selected with np.isin.
import numpy as np


def oracle(groups, test_percent):
    if len(groups) == 0:
        return [[], []]
    g = np.array(groups, dtype=object if any(isinstance(x, str) for x in groups) else np.int64)
    uniques, first = np.unique(g.astype(str) if g.dtype == object else g, return_index=True)
    by_appearance = g[np.sort(first)]
    n_test = int(np.ceil(len(by_appearance) * test_percent / 100))
    held_out = by_appearance[len(by_appearance) - n_test:]
    mask = np.isin(g.astype(str) if g.dtype == object else g, held_out.astype(str) if g.dtype == object else held_out)
    return [np.flatnonzero(~mask).tolist(), np.flatnonzero(mask).tolist()]
