# Missed case: returns the frame size alone; with many different tasks the frame overflows and the answer is len(tasks).
class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        counts = Counter(tasks).values()
        most = max(counts)
        tied = sum(1 for c in counts if c == most)
        return (most - 1) * (n + 1) + tied
