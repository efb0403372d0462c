# Uses <= instead of <, so a value equal to an ancestor's is accepted; the tree must be strictly ordered.
class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        def ok(node, low, high):
            if node is None:
                return True
            if not low <= node.val <= high:
                return False
            return ok(node.left, low, node.val) and ok(node.right, node.val, high)
        return ok(root, -math.inf, math.inf)
