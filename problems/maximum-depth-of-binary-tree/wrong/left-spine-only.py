# Walks only the left children, so any deeper right subtree is missed.
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        depth = 0
        while root is not None:
            depth += 1
            root = root.left
        return depth
