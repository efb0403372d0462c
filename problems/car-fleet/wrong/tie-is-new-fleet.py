# Wrong tie-break: a car that catches the fleet exactly at the target is counted as a fleet of its own.
class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        fleets = 0
        ahead = 0.0
        for p, s in sorted(zip(position, speed), reverse=True):
            arrival = (target - p) / s
            if arrival >= ahead:
                fleets += 1
                ahead = arrival
        return fleets
