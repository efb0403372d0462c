# Too slow: compares each car with every car ahead of it, O(n^2), which times out on the 6000-car hidden case.
class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        n = len(position)
        times = [(target - position[i]) / speed[i] for i in range(n)]
        fleets = 0
        for i in range(n):
            leads = True
            for j in range(n):
                if position[j] > position[i] and times[j] >= times[i]:
                    leads = False
                    break
            if leads:
                fleets += 1
        return fleets
