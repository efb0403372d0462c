# Counts a node only when it is strictly larger than everything above it, so nodes equal to the path's maximum are missed.
class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        good = 0
        stack = [(root, float("-inf"))]
        while stack:
            node, path_max = stack.pop()
            if node.val > path_max:
                good += 1
            path_max = max(path_max, node.val)
            for child in (node.left, node.right):
                if child:
                    stack.append((child, path_max))
        return good
