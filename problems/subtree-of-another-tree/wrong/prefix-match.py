# Accepts a node whose subtree merely starts like subRoot, ignoring extra children below subRoot's leaves.
class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        def covers(a, b):
            if b is None:
                return True
            if a is None or a.val != b.val:
                return False
            return covers(a.left, b.left) and covers(a.right, b.right)

        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            if covers(node, subRoot):
                return True
            stack.append(node.left)
            stack.append(node.right)
        return False
