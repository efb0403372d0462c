# Uses <= and >=, so when p or q equals the current node it keeps descending past the answer.
class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        p, q = p.val, q.val
        node = root
        while node:
            if p <= node.val and q <= node.val:
                node = node.left
            elif p >= node.val and q >= node.val:
                node = node.right
            else:
                return node
        return None
