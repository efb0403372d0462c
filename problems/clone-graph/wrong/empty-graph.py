# Forgets the empty graph: Node(None.val) raises on None.
class Solution:
    def cloneGraph(self, node):
        copies = {node: Node(node.val)}
        stack = [node]
        while stack:
            cur = stack.pop()
            for nb in cur.neighbors:
                if nb not in copies:
                    copies[nb] = Node(nb.val)
                    stack.append(nb)
                copies[cur].neighbors.append(copies[nb])
        return copies[node]
