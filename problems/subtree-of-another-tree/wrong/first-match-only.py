# Compares subRoot only against the first node (in pre-order) whose value equals subRoot's root.
class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        def same(a, b):
            if a is None or b is None:
                return a is b
            return a.val == b.val and same(a.left, b.left) and same(a.right, b.right)

        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            if node.val == subRoot.val:
                return same(node, subRoot)
            stack.append(node.right)
            stack.append(node.left)
        return False
