# Recomputes each subtree's height from every node: O(n^2), too slow on a long chain.
class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        def height(node):
            h = 0
            level = [node] if node else []
            while level:
                h += 1
                level = [c for n in level for c in (n.left, n.right) if c]
            return h

        best = 0
        stack = [root]
        while stack:
            node = stack.pop()
            best = max(best, height(node.left) + height(node.right))
            stack.extend(c for c in (node.left, node.right) if c)
        return best
