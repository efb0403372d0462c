# Checks each position on its own ("some triplet matches here") without rejecting triplets that overshoot elsewhere.
class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        return all(any(t[k] == target[k] for t in triplets) for k in range(3))
