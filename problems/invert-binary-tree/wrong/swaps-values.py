# Swaps the children's values instead of the children, which only works where both children exist.
class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        stack = [root] if root else []
        while stack:
            node = stack.pop()
            if node.left and node.right:
                node.left.val, node.right.val = node.right.val, node.left.val
            for child in (node.left, node.right):
                if child:
                    stack.append(child)
        return root
