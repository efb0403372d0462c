class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        # Serialise both trees in pre-order with a marker for every missing child and a
        # separator before every value, then look for one string inside the other.
        def serialise(node):
            parts = []
            stack = [node]
            while stack:
                n = stack.pop()
                if n is None:
                    parts.append(",#")
                else:
                    parts.append("," + str(n.val))
                    stack.append(n.right)
                    stack.append(n.left)
            return "".join(parts)

        return serialise(subRoot) in serialise(root)
