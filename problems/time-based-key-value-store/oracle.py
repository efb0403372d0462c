# Oracle: brute force, keeps every (timestamp, value) pair and scans all of a key's pairs on each get.
def oracle(ops, args):
    pairs = {}
    out = [None]
    for op, a in zip(ops[1:], args[1:]):
        if op == "set":
            key, value, ts = a
            pairs.setdefault(key, []).append((ts, value))
            out.append(None)
        else:
            key, ts = a
            best = None
            for t, v in pairs.get(key, []):
                if t <= ts and (best is None or t > best[0]):
                    best = (t, v)
            out.append(best[1] if best else "")
    return out
