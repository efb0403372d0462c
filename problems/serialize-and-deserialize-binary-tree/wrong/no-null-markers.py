# Pre-order values without null markers: rebuilt as a chain of left children, losing the shape.
class Codec:
    def serialize(self, root):
        out = []
        def walk(node):
            if node:
                out.append(str(node.val))
                walk(node.left)
                walk(node.right)
        walk(root)
        return ",".join(out)

    def deserialize(self, data):
        if not data:
            return None
        vals = [int(v) for v in data.split(",")]
        root = node = TreeNode(vals[0])
        for v in vals[1:]:
            node.left = TreeNode(v)
            node = node.left
        return root
