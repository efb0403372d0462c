class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        if len(hand) % groupSize:
            return False
        count = Counter(hand)
        for low in sorted(count):
            runs = count[low]  # copies left at the smallest value must each start a run
            if runs == 0:
                continue
            for v in range(low, low + groupSize):
                if count[v] < runs:
                    return False
                count[v] -= runs
        return True
