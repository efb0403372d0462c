# Wrong comparison: pops on an equal temperature too, so a day as warm as today counts as warmer.
class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        answer = [0] * len(temperatures)
        waiting = []
        for i, t in enumerate(temperatures):
            while waiting and temperatures[waiting[-1]] <= t:
                j = waiting.pop()
                answer[j] = i - j
            waiting.append(i)
        return answer
