# Oracle: second implementation on a plain dict (insertion-ordered): a use deletes and re-inserts the key, eviction takes the first key.
def oracle(ops, args):
    capacity = args[0][0]
    cache = {}
    out = [None]
    for op, a in zip(ops[1:], args[1:]):
        if op == "get":
            key = a[0]
            if key in cache:
                cache[key] = cache.pop(key)
                out.append(cache[key])
            else:
                out.append(-1)
        else:
            key, value = a
            if key in cache:
                cache.pop(key)
            elif len(cache) == capacity:
                cache.pop(next(iter(cache)))
            cache[key] = value
            out.append(None)
    return out
