# Runs a BFS from each gate in turn but never revisits a room already filled, so a nearer gate found later is ignored.
class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        EMPTY = 2147483647
        m, n = len(rooms), len(rooms[0])
        for gr in range(m):
            for gc in range(n):
                if rooms[gr][gc] != 0:
                    continue
                queue = deque([(gr, gc)])
                while queue:
                    r, c = queue.popleft()
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < m and 0 <= nc < n and rooms[nr][nc] == EMPTY:
                            rooms[nr][nc] = rooms[r][c] + 1
                            queue.append((nr, nc))
