# Ignores duplicates: checks that the distinct values split into runs, so [1, 1, 2, 3] with groupSize 2 passes.
class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        if len(hand) % groupSize:
            return False
        values = sorted(set(hand))
        i = 0
        while i < len(values):
            for k in range(1, groupSize):
                if i + k >= len(values) or values[i + k] != values[i] + k:
                    return False
            i += groupSize
        return True
