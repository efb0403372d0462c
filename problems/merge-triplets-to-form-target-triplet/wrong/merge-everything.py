# Merges every triplet, including ones that overshoot the target in some position.
class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        merged = [max(t[k] for t in triplets) for k in range(3)]
        return merged == target
