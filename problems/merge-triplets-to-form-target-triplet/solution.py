class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        x, y, z = target
        merged = [0, 0, 0]
        for a, b, c in triplets:
            if a <= x and b <= y and c <= z:  # never overshoots, so merging it cannot hurt
                merged = [max(merged[0], a), max(merged[1], b), max(merged[2], c)]
        return merged == [x, y, z]
