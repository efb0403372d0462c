class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        last = {ch: i for i, ch in enumerate(s)}  # later writes win: the last index of each letter
        sizes = []
        start = end = 0
        for i, ch in enumerate(s):
            end = max(end, last[ch])  # the part must reach every letter it already holds
            if i == end:
                sizes.append(end - start + 1)
                start = i + 1
        return sizes
