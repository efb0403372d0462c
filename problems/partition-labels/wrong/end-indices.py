# Returns where each part ends (its last index) instead of its size.
class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        last = {ch: i for i, ch in enumerate(s)}
        ends = []
        end = 0
        for i, ch in enumerate(s):
            end = max(end, last[ch])
            if i == end:
                ends.append(end)
        return ends
