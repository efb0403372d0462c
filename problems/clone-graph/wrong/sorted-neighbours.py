# Clones correctly but sorts each neighbour list by value, so the neighbour order differs from the original.
class Solution:
    def cloneGraph(self, node):
        if node is None:
            return None
        copies = {}
        def dfs(n):
            if n in copies:
                return copies[n]
            copies[n] = Node(n.val)
            for nb in sorted(n.neighbors, key=lambda x: -x.val):
                copies[n].neighbors.append(dfs(nb))
            return copies[n]
        return dfs(node)
