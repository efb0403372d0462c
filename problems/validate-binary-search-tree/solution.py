class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        # Each node carries the open interval (low, high) its value must lie in.
        stack = [(root, -math.inf, math.inf)]
        while stack:
            node, low, high = stack.pop()
            if node is None:
                continue
            if not low < node.val < high:
                return False
            stack.append((node.left, low, node.val))
            stack.append((node.right, node.val, high))
        return True
