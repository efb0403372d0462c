# Copies the starting node only and hands it the original neighbour list: the clone reaches the original graph.
class Solution:
    def cloneGraph(self, node):
        if node is None:
            return None
        return Node(node.val, node.neighbors)
