# Counts edges instead of nodes: a single node gets depth 0, every answer is one too small.
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        if root is None or (root.left is None and root.right is None):
            return 0
        return 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))
