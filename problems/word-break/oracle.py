# Oracle: breadth-first search over cut positions (an edge i -> j when s[i:j] is a word), a graph view independent of the DP table.
from collections import deque


def oracle(s, wordDict):
    words = set(wordDict)
    seen = {0}
    queue = deque([0])
    while queue:
        i = queue.popleft()
        if i == len(s):
            return True
        for j in range(i + 1, min(len(s), i + 20) + 1):
            if j not in seen and s[i:j] in words:
                seen.add(j)
                queue.append(j)
    return False
