# A lossless round trip returns its input: the expected value is the list itself (checked to be a
# list of str within LeetCode's limits).
def oracle(strs):
    assert isinstance(strs, list) and len(strs) < 200
    assert all(isinstance(s, str) and len(s) < 200 and all(ord(c) < 256 for c in s) for s in strs)
    return list(strs)
