# Independent of the reference (split, reverse, weave nodes): takes values alternately from the
# front and the back of a plain list.
def oracle(values):
    out = []
    i, j = 0, len(values) - 1
    while i <= j:
        out.append(values[i])
        if i != j:
            out.append(values[j])
        i += 1
        j -= 1
    return out
