class Codec:
    def serialize(self, root: Optional[TreeNode]) -> str:
        out, queue, i = [], [root], 0
        while i < len(queue):  # level order, "N" for every missing child
            node = queue[i]
            i += 1
            if node is None:
                out.append("N")
            else:
                out.append(str(node.val))
                queue.append(node.left)
                queue.append(node.right)
        return ",".join(out)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        tokens = data.split(",")
        if tokens[0] == "N":
            return None
        root = TreeNode(int(tokens[0]))
        parents, i, p = [root], 1, 0
        while i < len(tokens):
            node = parents[p]
            p += 1
            for side in ("left", "right"):
                if tokens[i] != "N":
                    child = TreeNode(int(tokens[i]))
                    setattr(node, side, child)
                    parents.append(child)
                i += 1
        return root
