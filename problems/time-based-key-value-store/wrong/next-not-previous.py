# Wrong side: bisect_left finds the first entry at or AFTER the timestamp, so between two sets it returns the later value.
class TimeMap:

    def __init__(self):
        self.times = defaultdict(list)
        self.values = defaultdict(list)

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times[key].append(timestamp)
        self.values[key].append(value)

    def get(self, key: str, timestamp: int) -> str:
        times = self.times.get(key)
        if not times or timestamp < times[0]:
            return ""
        i = bisect_left(times, timestamp)
        return self.values[key][min(i, len(times) - 1)]
