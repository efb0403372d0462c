class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        best = -math.inf

        def gain(node):
            """Best sum of a path that starts at node and goes down one side only."""
            nonlocal best
            if node is None:
                return 0
            left = max(gain(node.left), 0)    # a negative branch is better left out
            right = max(gain(node.right), 0)
            best = max(best, node.val + left + right)  # the path may bend here
            return node.val + max(left, right)         # but may not bend above here too

        gain(root)
        return best
