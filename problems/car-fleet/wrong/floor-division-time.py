# Wrong arithmetic: floor division rounds arrival times, so cars arriving at different times can look tied.
class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        stack = []
        for p, s in sorted(zip(position, speed), reverse=True):
            arrival = (target - p) // s
            if not stack or arrival > stack[-1]:
                stack.append(arrival)
        return len(stack)
