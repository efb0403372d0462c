# Builds the graph from the rules alone, so letters that appear in no rule are left out.
class Solution:
    def alienOrder(self, words: List[str]) -> str:
        after = {}
        for w1, w2 in zip(words, words[1:]):
            for a, b in zip(w1, w2):
                if a != b:
                    after.setdefault(a, set()).add(b)
                    after.setdefault(b, set())
                    break
            else:
                if len(w1) > len(w2):
                    return ""
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
