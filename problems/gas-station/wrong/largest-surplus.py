# Starts at the station with the largest gas[i] - cost[i], ignoring what comes after it.
class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        if sum(gas) < sum(cost):
            return -1
        return max(range(len(gas)), key=lambda i: gas[i] - cost[i])
