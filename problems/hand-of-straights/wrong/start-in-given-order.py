# Starts each run at the next remaining card in the given order instead of at the smallest remaining card.
class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        if len(hand) % groupSize:
            return False
        count = Counter(hand)
        for card in hand:
            if count[card] == 0:
                continue
            for v in range(card, card + groupSize):
                if count[v] == 0:
                    return False
                count[v] -= 1
        return True
