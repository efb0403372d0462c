class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        EMPTY = 2147483647
        m, n = len(rooms), len(rooms[0])
        queue = deque((r, c) for r in range(m) for c in range(n) if rooms[r][c] == 0)
        while queue:  # one breadth-first search from all gates at once
            r, c = queue.popleft()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < m and 0 <= nc < n and rooms[nr][nc] == EMPTY:
                    rooms[nr][nc] = rooms[r][c] + 1
                    queue.append((nr, nc))
