# Correct distances, but a separate BFS from every empty room: O((m·n)^2), too slow on a large open grid.
class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        EMPTY = 2147483647
        m, n = len(rooms), len(rooms[0])
        for sr in range(m):
            for sc in range(n):
                if rooms[sr][sc] != EMPTY:
                    continue
                seen = {(sr, sc)}
                queue = deque([(sr, sc, 0)])
                while queue:
                    r, c, d = queue.popleft()
                    if rooms[r][c] == 0:
                        rooms[sr][sc] = d
                        break
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < m and 0 <= nc < n and rooms[nr][nc] != -1 and (nr, nc) not in seen:
                            seen.add((nr, nc))
                            queue.append((nr, nc, d + 1))
