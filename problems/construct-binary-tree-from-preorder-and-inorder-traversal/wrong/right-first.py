# Takes roots from a shared preorder pointer but builds the right subtree first, so subtrees get the wrong roots.
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        where = {v: i for i, v in enumerate(inorder)}
        nxt = 0

        def build(lo, hi):
            nonlocal nxt
            if lo > hi:
                return None
            node = TreeNode(preorder[nxt])
            nxt += 1
            mid = where[node.val]
            node.right = build(mid + 1, hi)
            node.left = build(lo, mid - 1)
            return node

        return build(0, len(inorder) - 1)
