# Records the FIRST index of each letter instead of the last, so parts close too early.
class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        first = {}
        for i, ch in enumerate(s):
            first.setdefault(ch, i)
        sizes = []
        start = end = 0
        for i, ch in enumerate(s):
            end = max(end, first[ch])
            if i == end:
                sizes.append(end - start + 1)
                start = i + 1
        return sizes
