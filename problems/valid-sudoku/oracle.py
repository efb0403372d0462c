# Oracle: brute force, lists the 27 units (rows, columns, boxes) explicitly and looks for a repeat in each.
def oracle(board):
    units = [list(row) for row in board]
    units += [[board[r][c] for r in range(9)] for c in range(9)]
    units += [[board[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    for unit in units:
        digits = [d for d in unit if d != "."]
        for i in range(len(digits)):
            for j in range(i + 1, len(digits)):
                if digits[i] == digits[j]:
                    return False
    return True
