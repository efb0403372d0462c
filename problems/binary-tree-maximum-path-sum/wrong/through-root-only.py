# Only considers paths that pass through the root, missing better paths that bend lower in the tree.
class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        def down(node):
            if node is None:
                return 0
            return node.val + max(down(node.left), down(node.right), 0)

        return root.val + max(down(root.left), 0) + max(down(root.right), 0)
