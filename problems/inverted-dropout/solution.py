import random


def inverted_dropout(x: list, p: float, training: bool, seed: int) -> list:
    if not training:  # evaluation: the identity, and the generator is never used
        return [[[float(v) for v in row] for row in x], [[1] * len(row) for row in x]]
    rng = random.Random(seed)
    out, mask = [], []
    for row in x:  # row-major: one rng.random() per element, in reading order
        out_row, mask_row = [], []
        for v in row:
            keep = 1 if rng.random() >= p else 0
            mask_row.append(keep)
            # survivors are scaled by 1 / (1 - p) so the expected value is unchanged
            out_row.append(v / (1.0 - p) if keep else 0.0)
        out.append(out_row)
        mask.append(mask_row)
    return [out, mask]
