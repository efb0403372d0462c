class Solution:
    def alienOrder(self, words: List[str]) -> str:
        after = {c: set() for w in words for c in w}  # after[a]: letters that must follow a
        for w1, w2 in zip(words, words[1:]):
            for a, b in zip(w1, w2):
                if a != b:
                    after[a].add(b)  # only the first difference tells us anything
                    break
            else:
                if len(w1) > len(w2):
                    return ""  # a word before its own prefix: no alphabet sorts that
        waiting = {c: 0 for c in after}
        for a in after:
            for b in after[a]:
                waiting[b] += 1
        order = [c for c in after if waiting[c] == 0]
        for c in order:  # Kahn's algorithm; order grows as letters become free
            for b in after[c]:
                waiting[b] -= 1
                if waiting[b] == 0:
                    order.append(b)
        return "".join(order) if len(order) == len(after) else ""
