class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        fleets = 0
        ahead = 0.0  # arrival time of the fleet just ahead of the current car
        for p, s in sorted(zip(position, speed), reverse=True):
            arrival = (target - p) / s
            if arrival > ahead:  # cannot catch the fleet ahead before the target
                fleets += 1
                ahead = arrival
        return fleets
