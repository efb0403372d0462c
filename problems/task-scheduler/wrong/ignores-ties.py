# Missed case: assumes one most-frequent task, so the last block gets 1 slot even when several tasks tie.
class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        most = max(Counter(tasks).values())
        return max(len(tasks), (most - 1) * (n + 1) + 1)
