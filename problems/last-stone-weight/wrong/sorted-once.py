# Missed step: sorts once and puts each remainder at the end, so later turns may not smash the two heaviest stones.
class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        stones = sorted(stones, reverse=True)
        while len(stones) > 1:
            y, x = stones[0], stones[1]
            stones = stones[2:]
            if y != x:
                stones.append(y - x)
        return stones[0] if stones else 0
