class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        good = 0
        stack = [(root, root.val)]  # (node, largest value on the path above it, root included)
        while stack:
            node, path_max = stack.pop()
            if node.val >= path_max:
                good += 1
                path_max = node.val
            for child in (node.left, node.right):
                if child:
                    stack.append((child, path_max))
        return good
