# Cuts as soon as the current letter never appears again, forgetting earlier letters of the part that still do.
class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        last = {ch: i for i, ch in enumerate(s)}
        sizes = []
        start = 0
        for i, ch in enumerate(s):
            if last[ch] == i:
                sizes.append(i - start + 1)
                start = i + 1
        return sizes
