class Solution:
    def lowestCommonAncestor(self, root: TreeNode, p: int, q: int) -> int:
        node = root
        while node:
            if p < node.val and q < node.val:
                node = node.left
            elif p > node.val and q > node.val:
                node = node.right
            else:
                return node.val  # p and q split here, or one of them is this node
        return -1  # unreachable when both values are in the tree
