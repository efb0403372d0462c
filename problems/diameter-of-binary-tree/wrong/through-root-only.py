# Only measures the path through the root, missing a longer one that bends inside a subtree.
class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        def height(node):
            if node is None:
                return 0
            return 1 + max(height(node.left), height(node.right))

        return height(root.left) + height(root.right)
