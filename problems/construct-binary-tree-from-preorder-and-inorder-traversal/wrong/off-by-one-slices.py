# Takes one preorder value too few for the left subtree (preorder[1:mid] instead of preorder[1:mid + 1]).
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        if not preorder or not inorder:
            return None
        root = TreeNode(preorder[0])
        mid = inorder.index(preorder[0])
        root.left = self.buildTree(preorder[1:mid], inorder[:mid])
        root.right = self.buildTree(preorder[mid:], inorder[mid + 1:])
        return root
