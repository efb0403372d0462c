# Oracle: second algorithm, breadth-first search through wildcard buckets (h*t holds hot, hit, ...), counting words on the shortest sequence.
from collections import defaultdict, deque


def oracle(beginWord, endWord, wordList):
    words = set(wordList)
    if endWord not in words:
        return 0
    words.add(beginWord)
    buckets = defaultdict(list)
    for w in words:
        for i in range(len(w)):
            buckets[w[:i] + "*" + w[i + 1:]].append(w)
    dist = {beginWord: 1}
    queue = deque([beginWord])
    while queue:
        w = queue.popleft()
        if w == endWord:
            return dist[w]
        for i in range(len(w)):
            for u in buckets[w[:i] + "*" + w[i + 1:]]:
                if u not in dist:
                    dist[u] = dist[w] + 1
                    queue.append(u)
    return 0
