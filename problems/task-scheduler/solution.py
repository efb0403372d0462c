class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        counts = Counter(tasks).values()
        most = max(counts)
        tied = sum(1 for c in counts if c == most)
        # The most frequent task(s) fix a frame of (most - 1) blocks of n + 1 slots plus a last block
        # holding one of each tied task; when other tasks overflow the gaps, no idling is needed.
        return max(len(tasks), (most - 1) * (n + 1) + tied)
