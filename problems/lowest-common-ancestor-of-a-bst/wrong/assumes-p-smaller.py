# Assumes p < q, so when p is the larger value it walks into the wrong subtree.
class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        p, q = p.val, q.val
        node = root
        while node:
            if node.val > q:
                node = node.left
            elif node.val < p:
                node = node.right
            else:
                return node
        return None
