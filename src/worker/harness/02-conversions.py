# ---------------------------------------------------------------- conversions (LeetCode's serialisation)

# Ids of the nodes of a RandomList or Graph argument: a returned copy must contain none of them.
_originals = _set()

# Nodes the harness built for the current case. Freeing a long chain recurses once per node in
# CPython's deallocator, which overflows WebAssembly's stack after a few thousand nodes and kills
# the interpreter; so after each case every chain is cut link by link (see _release).
_built = []


def _build_list(values):
    head = tail = None
    for v in values:
        node = ListNode(v)
        _built.append(node)
        if head is None:
            head = tail = node
        else:
            tail.next = node
            tail = node
    return head


def _build_tree(values):
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    _built.append(root)
    queue = collections.deque([root])
    i = 1
    while queue and i < _len(values):
        node = queue.popleft()
        if i < _len(values) and values[i] is not None:
            node.left = TreeNode(values[i])
            _built.append(node.left)
            queue.append(node.left)
        i += 1
        if i < _len(values) and values[i] is not None:
            node.right = TreeNode(values[i])
            _built.append(node.right)
            queue.append(node.right)
        i += 1
    return root


def _find_node(root, value):
    """The first node holding `value` in level order: LeetCode's p and q are the tree's own nodes."""
    queue = _deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            continue
        if node.val == value:
            return node
        queue.append(node.left)
        queue.append(node.right)
    raise JudgeError(f"the test's node value {value!r} is not in the tree")


def _link_cycle(head, pos):
    """LeetCode's `pos`: the tail links back to the node at index pos (-1 or None: no cycle)."""
    if pos is None or pos < 0 or head is None:
        return
    nodes = []
    node = head
    while node is not None:
        nodes.append(node)
        node = node.next
    nodes[-1].next = nodes[pos]


def _build_random_list(pairs):
    nodes = [RandomNode(v) for v, _ in pairs]
    for i, (_, r) in enumerate(pairs):
        if i + 1 < _len(nodes):
            nodes[i].next = nodes[i + 1]
        nodes[i].random = None if r is None else nodes[r]
    _built.extend(nodes)
    _originals.update(_id(n) for n in nodes)
    return nodes[0] if nodes else None


def _build_graph(adjacency):
    nodes = [GraphNode(i + 1) for i in range(_len(adjacency))]
    for node, neighbours in zip(nodes, adjacency):
        node.neighbors = [nodes[j - 1] for j in neighbours]
    _built.extend(nodes)
    _originals.update(_id(n) for n in nodes)
    return nodes[0] if nodes else None


def _convert_args(values, params):
    """The call's arguments from the case's JSON arguments, by each parameter's type."""
    out = []
    first_tree = None
    for i, value in enumerate(values):
        kind = params[i] if i < _len(params) else "any"
        if kind == "ListNode.cycle":
            _link_cycle(out[-1] if out else None, value)
            continue
        if kind == "TreeNode.ref":
            if first_tree is None:
                raise JudgeError("the test gives a node but no tree")
            out.append(_find_node(first_tree, value) if value is not None else None)
            continue
        arg = _to_python(value, kind)
        if kind == "TreeNode" and first_tree is None:
            first_tree = arg
        out.append(arg)
    return out


def _to_python(value, kind):
    if kind == "ListNode":
        return _build_list(value)
    if kind == "RandomList":
        return _build_random_list(value)
    if kind == "Graph":
        return _build_graph(value)
    if kind == "Interval[]":
        return [Interval(s, e) for s, e in value]
    if kind == "float":
        return float(value)
    if kind == "TreeNode":
        return _build_tree(value)
    if kind == "ListNode[]":
        return [_build_list(v) for v in value]
    if kind == "TreeNode[]":
        return [_build_tree(v) for v in value]
    return value


class JudgeError(Exception):
    """The returned value cannot be judged (an unknown type, a cycle, too deep)."""


def _list_to_plain(node, depth):
    out = []
    seen = []
    visited = _set()
    while node is not None:
        if _id(node) in visited:
            _built.extend(seen)
            raise JudgeError(f"the returned linked list has a cycle (node {_len(out)} links back to an earlier node)")
        if _len(out) >= MAX_NODES:
            _built.extend(seen)
            raise JudgeError("the returned linked list is too long")
        visited.add(_id(node))
        out.append(_plain(node.val, depth + 1))
        seen.append(node)
        node = node.next
    _built.extend(seen)  # the candidate's own nodes are released the same way
    return out


def _tree_to_plain(root, depth):
    out = []
    queue = _deque([root])
    while queue:
        node = queue.popleft()
        if _len(out) >= MAX_NODES:
            raise JudgeError("the returned tree is too large or has a cycle")
        if node is None:
            out.append(None)
            continue
        out.append(_plain(node.val, depth + 1))
        _built.append(node)
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


def _random_list_to_plain(head):
    nodes, index = [], {}
    node = head
    while node is not None:
        if _id(node) in index:
            raise JudgeError(f"the returned list has a cycle (node {_len(nodes)} links back to an earlier node)")
        if _len(nodes) >= MAX_NODES:
            raise JudgeError("the returned list is too long")
        if _id(node) in _originals:
            raise JudgeError(f"node {_len(nodes)} of the returned list is a node of the original list: a deep copy must create new nodes")
        index[_id(node)] = _len(nodes)
        nodes.append(node)
        node = node.next
    _built.extend(nodes)
    out = []
    for n in nodes:
        r = n.random
        if r is not None and _id(r) not in index:
            what = "the original list" if _id(r) in _originals else "a node outside the returned list"
            raise JudgeError(f"node {index[_id(n)]}'s random pointer points into {what}: a deep copy must point into the copy")
        out.append([_plain(n.val, 1), None if r is None else index[_id(r)]])
    return out


def _graph_to_plain(start):
    """LeetCode's adjacency list: row i holds the values of node i+1's neighbours, in order."""
    if start is None:
        return []
    seen = {_id(start): start}
    queue = _deque([start])
    by_val = {}
    while queue:
        node = queue.popleft()
        if _id(node) in _originals:
            raise JudgeError(f"the returned graph contains node {node.val!r} of the original graph: a clone must create new nodes")
        if _len(seen) > MAX_NODES:
            raise JudgeError("the returned graph is too large")
        if not _is(node.val, int) or node.val in by_val:
            raise JudgeError(f"the returned graph has a node value {node.val!r} that is not a distinct int")
        by_val[node.val] = node
        for nb in _list(node.neighbors):
            if _id(nb) not in seen:
                seen[_id(nb)] = nb
                queue.append(nb)
    _built.extend(seen.values())
    n = _len(by_val)
    if _sorted(by_val) != _list(range(1, n + 1)):
        raise JudgeError(f"the returned graph's node values are not 1..{n}")
    return [[_plain(nb.val, 1) for nb in by_val[v].neighbors] for v in range(1, n + 1)]


def _typed_plain(x, kind):
    """A result of a known type in LeetCode's serialisation."""
    if kind == "TreeNode.val":
        if x is not None and not _is(x, TreeNode):
            raise JudgeError(f"returned a {_type(x).__name__}, not a TreeNode (or None)")
        return None if x is None else _plain(x.val, 1)
    if kind in ("ListNode", "TreeNode") and x is None:
        return []  # LeetCode serialises an empty list or tree as []
    if kind == "RandomList":
        return _random_list_to_plain(x)
    if kind == "Graph":
        return _graph_to_plain(x)
    return _plain(x)


def _is(x, kinds):
    """isinstance by the real type: an object that sets __class__ to int or list is neither."""
    return _issubclass(_type(x), kinds)


def _plain(x, depth=0):
    """Turns a result into JSON data using the base types' own methods, so overrides prove nothing."""
    if depth > MAX_DEPTH:
        raise JudgeError("the returned value is nested too deeply")
    if x is None or x is True or x is False:
        return x
    if _is(x, int):
        v = _int_index(x)
        return v if -SAFE_INT <= v <= SAFE_INT else {"$int": _repr(v)}
    if _is(x, float):
        v = _float_value(x)
        if _isfinite(v):
            return v
        return {"$float": "nan" if v != v else ("inf" if v > 0 else "-inf")}
    if _is(x, str):
        return _str_value(x)
    if _is(x, ListNode):
        return _list_to_plain(x, depth)
    if _is(x, TreeNode):
        return _tree_to_plain(x, depth)
    if _is(x, Interval):
        return [_plain(x.start, depth + 1), _plain(x.end, depth + 1)]
    if _is(x, (list, tuple, _deque)):
        return [_plain(v, depth + 1) for v in _list(x)]
    if _is(x, (set, frozenset)):
        items = [_plain(v, depth + 1) for v in x]
        return _sorted(items, key=lambda v: _dumps(v, sort_keys=True))
    if _is(x, dict):
        out = {}
        for k, v in _dict_items(x):
            key = k if _type(k) is str else _dumps(_plain(k, depth + 1))
            out[key] = _plain(v, depth + 1)
        return out
    raise JudgeError(f"returned a value of type {_type(x).__name__}, which cannot be compared")


