# Checks only that the hand size is a multiple of groupSize.
class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        return len(hand) % groupSize == 0
