# Looks for one triplet equal to the target and never combines several.
class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        return target in triplets
