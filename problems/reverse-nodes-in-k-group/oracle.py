# Oracle: second implementation on plain lists, reverses each full slice of k values and keeps the short tail.
def oracle(head, k):
    out = []
    full = len(head) - len(head) % k
    for i in range(0, full, k):
        out.extend(reversed(head[i:i + k]))
    return out + head[full:]
