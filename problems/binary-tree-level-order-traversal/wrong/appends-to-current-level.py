# Appends children to the list it is iterating over instead of the next level, so every node lands in one level.
class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        if root is None:
            return []
        levels = []
        current = [root]
        while current:
            level, nxt = [], []
            for node in current:
                level.append(node.val)
                if node.left:
                    current.append(node.left)
                if node.right:
                    current.append(node.right)
            levels.append(level)
            current = nxt
        return levels
