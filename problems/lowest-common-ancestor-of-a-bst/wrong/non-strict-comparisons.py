# Uses <= and >=, so when p or q equals the current node it keeps descending past the answer.
class Solution:
    def lowestCommonAncestor(self, root: TreeNode, p: int, q: int) -> int:
        node = root
        while node:
            if p <= node.val and q <= node.val:
                node = node.left
            elif p >= node.val and q >= node.val:
                node = node.right
            else:
                return node.val
        return -1
