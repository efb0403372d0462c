# Requires the shallowest and deepest leaves to be within one level, which is stricter than balance.
class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        if root is None:
            return True
        depths = []
        stack = [(root, 1)]
        while stack:
            node, d = stack.pop()
            if node.left is None and node.right is None:
                depths.append(d)
            for child in (node.left, node.right):
                if child:
                    stack.append((child, d + 1))
        return max(depths) - min(depths) <= 1
