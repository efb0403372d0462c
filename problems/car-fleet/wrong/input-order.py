# Missed step: walks the cars in input order instead of from the one nearest the target.
class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        fleets = 0
        ahead = 0.0
        for p, s in zip(position, speed):
            arrival = (target - p) / s
            if arrival > ahead:
                fleets += 1
                ahead = arrival
        return fleets
