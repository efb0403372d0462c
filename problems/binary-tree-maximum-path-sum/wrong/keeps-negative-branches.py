# Never drops a branch with a negative sum, so a path is forced to extend into children that only lower it.
class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        best = -math.inf

        def gain(node):
            nonlocal best
            if node is None:
                return 0
            left = gain(node.left)
            right = gain(node.right)
            best = max(best, node.val + left + right)
            return node.val + max(left, right)

        gain(root)
        return best
