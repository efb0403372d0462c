class TimeMap:

    def __init__(self):
        # key -> (timestamps, values); set calls arrive with increasing timestamps, so both stay sorted
        self.history = defaultdict(lambda: ([], []))

    def set(self, key: str, value: str, timestamp: int) -> None:
        times, values = self.history[key]
        times.append(timestamp)
        values.append(value)

    def get(self, key: str, timestamp: int) -> str:
        if key not in self.history:
            return ""
        times, values = self.history[key]
        i = bisect_right(times, timestamp)  # number of entries stored at or before `timestamp`
        return values[i - 1] if i else ""
