class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        # Walk preorder; the stack holds the nodes still waiting for a right child. A node is done
        # with its left side once inorder reaches it.
        root = TreeNode(preorder[0])
        stack = [root]
        j = 0  # next inorder position not yet matched
        for value in preorder[1:]:
            node = stack[-1]
            if node.val != inorder[j]:
                node.left = TreeNode(value)
                stack.append(node.left)
                continue
            while stack and stack[-1].val == inorder[j]:
                node = stack.pop()
                j += 1
            node.right = TreeNode(value)
            stack.append(node.right)
        return root
