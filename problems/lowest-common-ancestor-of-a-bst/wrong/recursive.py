# Recursive descent: correct, but one frame per level raises RecursionError on the 3000-level chains.
class Solution:
    def lowestCommonAncestor(self, root: TreeNode, p: int, q: int) -> int:
        if p < root.val and q < root.val:
            return self.lowestCommonAncestor(root.left, p, q)
        if p > root.val and q > root.val:
            return self.lowestCommonAncestor(root.right, p, q)
        return root.val
