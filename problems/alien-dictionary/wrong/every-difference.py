# Adds a rule for every position where two adjacent words differ, not only the first, creating false cycles.
class Solution:
    def alienOrder(self, words: List[str]) -> str:
        after = {c: set() for w in words for c in w}
        for w1, w2 in zip(words, words[1:]):
            if len(w1) > len(w2) and w1.startswith(w2):
                return ""
            for a, b in zip(w1, w2):
                if a != b:
                    after[a].add(b)
        waiting = {c: 0 for c in after}
        for a in after:
            for b in after[a]:
                waiting[b] += 1
        order = [c for c in after if waiting[c] == 0]
        for c in order:
            for b in after[c]:
                waiting[b] -= 1
                if waiting[b] == 0:
                    order.append(b)
        return "".join(order) if len(order) == len(after) else ""
