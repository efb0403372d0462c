class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        # Post-order without recursion: each node's height once both children are done.
        height = {None: 0}
        stack = [(root, False)]
        while stack:
            node, children_done = stack.pop()
            if node is None:
                continue
            if not children_done:
                stack.append((node, True))
                stack.append((node.left, False))
                stack.append((node.right, False))
                continue
            left, right = height[node.left], height[node.right]
            if abs(left - right) > 1:
                return False
            height[node] = 1 + max(left, right)
        return True
