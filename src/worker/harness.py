# Mockloop's Python harness: loaded once into each Pyodide interpreter (browser worker and Node judge).
# Rule: this file never sees expected values. It runs the candidate's code on one case's inputs and
# returns the result as plain JSON data; comparison happens outside the interpreter.

import bisect
import builtins
import collections
import functools
import gc
import heapq
import io
import itertools
import json
import linecache
import math
import random
import signal
import string
import sys
import time
import traceback
import typing

# Bound once, so a candidate who rebinds json.dumps, len or time.perf_counter cannot change the judging.
_dumps = json.dumps
_loads = json.loads
_perf_counter = time.perf_counter
_issubclass = issubclass
_type = type
_len = len
_list = list
_sorted = sorted
_repr = repr
_id = id
_set = set
_dict_items = dict.items
_isfinite = math.isfinite
_deque = collections.deque
_int_index = int.__index__
_float_value = float.__float__
_str_value = str.__str__
_BaseException = BaseException
_KeyboardInterrupt = KeyboardInterrupt
_settrace = sys.settrace
_setprofile = sys.setprofile

SOURCE_NAME = "solution.py"
MAX_DEPTH = 400
# Plain Python recursion uses no C stack in Python 3.14 (one interpreter loop runs every Python frame),
# so Pyodide takes it as deep as memory allows: 500,000 levels measured in the browser worker and the
# Node judge. LeetCode's constraints need about 10^4 (a skewed tree) to 10^5 (a long list); this limit
# covers them and still stops a runaway recursion in milliseconds with a RecursionError. Recursion
# through C code (lru_cache, a generator inside sum or max) uses the JavaScript stack and dies far
# sooner, whatever the limit (see the README).
RECURSION_LIMIT = 200_000
MAX_NODES = 200_000
MAX_TRACEBACK_LINES = 24
SAFE_INT = 2**53


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self):
        return f"ListNode({self.val})"


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self):
        return f"TreeNode({self.val})"


class Interval:
    """LintCode's and NeetCode's interval (Meeting Rooms); also indexable like LeetCode's [start, end]."""

    def __init__(self, start=0, end=0):
        self.start = start
        self.end = end

    def __getitem__(self, i):
        return (self.start, self.end)[i]

    def __iter__(self):
        return iter((self.start, self.end))

    def __len__(self):
        return 2

    def __lt__(self, other):
        return (self.start, self.end) < (other[0], other[1])

    def __gt__(self, other):
        return (self.start, self.end) > (other[0], other[1])

    def __le__(self, other):
        return (self.start, self.end) <= (other[0], other[1])

    def __ge__(self, other):
        return (self.start, self.end) >= (other[0], other[1])

    def __repr__(self):
        return f"Interval({self.start}, {self.end})"


class RandomNode:
    """LeetCode 138's Node."""

    def __init__(self, x=0, next=None, random=None):
        self.val = int(x)
        self.next = next
        self.random = random

    def __repr__(self):
        return f"Node({self.val})"


class GraphNode:
    """LeetCode 133's Node."""

    def __init__(self, val=0, neighbors=None):
        self.val = val
        self.neighbors = neighbors if neighbors is not None else []

    def __repr__(self):
        return f"Node({self.val})"


RandomNode.__name__ = RandomNode.__qualname__ = "Node"
GraphNode.__name__ = GraphNode.__qualname__ = "Node"


def _no_input(prompt=""):
    raise EOFError("input() has nothing to read here: the judge passes each case's inputs as arguments")


builtins.input = _no_input  # also for `builtins.input()`; saved below with the other builtins


def _prelude():
    """A fresh namespace with what LeetCode's Python environment has without imports."""
    ns = {"__name__": "__main__", "__builtins__": __builtins__, "input": _no_input}
    for name in typing.__all__:
        ns[name] = getattr(typing, name)
    for module in (collections, heapq, bisect, math, functools, itertools, string, random):
        ns[module.__name__] = module
    for name in ("deque", "defaultdict", "Counter", "OrderedDict", "namedtuple"):
        ns[name] = getattr(collections, name)
    for name in ("heappush", "heappop", "heapify", "heappushpop", "heapreplace", "nlargest", "nsmallest"):
        ns[name] = getattr(heapq, name)
    for name in ("bisect_left", "bisect_right", "insort", "insort_left", "insort_right"):
        ns[name] = getattr(bisect, name)
    for name in ("lru_cache", "cache", "reduce", "cmp_to_key"):
        ns[name] = getattr(functools, name)
    for name in ("accumulate", "combinations", "permutations", "product", "chain", "zip_longest", "groupby"):
        ns[name] = getattr(itertools, name)
    for name in ("inf", "gcd", "sqrt", "log", "exp", "floor", "ceil"):
        ns[name] = getattr(math, name)
    ns["ListNode"] = ListNode
    ns["TreeNode"] = TreeNode
    # LeetCode defines these only where the problem uses them (two different classes named Node).
    types = _set(_run["params"]) | {_run["returns"]}
    if "Interval[]" in types:
        ns["Interval"] = Interval
    if "RandomList" in types:
        ns["Node"] = RandomNode
    elif "Graph" in types:
        ns["Node"] = GraphNode
    return ns


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


# ---------------------------------------------------------------- errors

def _candidate_frames(tb):
    """The candidate's frames as (FrameSummary, count) with consecutive repeats of one line merged.
    A recursion 200,000 levels deep has as many frames; looking up each one's source line, as
    traceback.extract_tb does, would take seconds."""
    runs = []
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename == SOURCE_NAME:
            key = (tb.tb_lineno, code.co_name)
            if runs and runs[-1][0] == key:
                runs[-1][1] += 1
            else:
                runs.append([key, 1])
        tb = tb.tb_next
    return [(traceback.FrameSummary(SOURCE_NAME, lineno, name, lookup_line=True), count) for (lineno, name), count in runs]


def _format_error(exc):
    """A traceback holding only the candidate's frames, with editor line numbers."""
    frames = _candidate_frames(exc.__traceback__)
    line = frames[-1][0].lineno if frames else None
    if _is(exc, SyntaxError) and exc.filename == SOURCE_NAME:
        line = exc.lineno
    parts = ["Traceback (most recent call last):\n"] if frames else []
    for f, count in frames:
        parts.append(f'  File "{SOURCE_NAME}", line {f.lineno}, in {f.name}\n')
        if f.line:
            parts.append(f"    {f.line.strip()}\n")
        if count > 1:
            parts.append(f"  [Previous line repeated {count - 1} more times]\n")
    if _len(parts) > MAX_TRACEBACK_LINES:
        half = MAX_TRACEBACK_LINES // 2
        parts = parts[:half] + [f"  [... {_len(parts) - MAX_TRACEBACK_LINES} lines omitted ...]\n"] + parts[-half:]
    parts.extend(traceback.format_exception_only(_type(exc), exc))
    return {
        "type": _type(exc).__name__,
        "message": _message(exc),
        "traceback": "".join(parts).rstrip("\n"),
        "line": line,
    }


def _message(exc):
    """The verdict's one line; an exit or an interrupt the code raised itself says what happened."""
    if _is(exc, SyntaxError):
        return exc.msg or ""
    if _is(exc, SystemExit):
        code = "" if exc.code is None else _repr(exc.code)
        return f"your code called exit({code}); the judge calls your function and needs it to return"
    if _is(exc, _KeyboardInterrupt):
        return "raised by your code, not by the time limit"
    try:
        return str(exc)
    except _KeyboardInterrupt:
        raise
    except _BaseException:
        return "(str() of this exception failed)"


def _error(exc):
    """_format_error, or a bare description when the exception itself misbehaves (a raising __str__)."""
    try:
        return _format_error(exc)
    except _KeyboardInterrupt:
        raise
    except _BaseException:
        message = "(the exception could not be shown)"
        return {"type": _type(exc).__name__, "message": message, "traceback": "", "line": None}
    finally:
        _free_traceback(exc)


def _free_traceback(exc):
    """Frees a deep recursion's traceback without recursing. Its frames form a chain (each holds the
    one that called it); freed from the outermost, each frees the next inside CPython's deallocator,
    which overflows WebAssembly's stack after some thousands and kills the interpreter. Held in a
    list and dropped innermost first, each one frees alone (without this, infinite recursion under the
    raised recursion limit crashed Python instead of reporting a RecursionError)."""
    tbs = []
    tb = exc.__traceback__
    while tb is not None:
        tbs.append(tb)
        tb = tb.tb_next
    try:
        _BaseException.with_traceback(exc, None)
    except _BaseException:
        return
    frames = [t.tb_frame for t in tbs]
    # list.clear drops items last first. Each traceback entry holds the next inner one, each frame
    # the next outer one: so entries go outermost first, frames innermost first.
    tbs.reverse()
    tbs.clear()
    frames.clear()


# ---------------------------------------------------------------- state a run must not leave behind

# Pyodide's asyncio loop runs callbacks from the JavaScript event loop, between requests, so one that
# reschedules itself would act on every later run. Each one scheduled is kept, to be cancelled.
_scheduled = []
_loop_classes = []
try:
    from pyodide.webloop import WebLoop as _WebLoop

    _call_later = _WebLoop.call_later

    def _tracked_call_later(self, delay, callback, *args, **kwargs):
        handle = _call_later(self, delay, callback, *args, **kwargs)
        _scheduled.append(handle)
        return handle

    _WebLoop.call_later = _tracked_call_later  # call_soon and call_at go through call_later
    _loop_classes.append(_WebLoop)
except ImportError:  # outside Pyodide
    pass

# What candidate code can change in this interpreter and the harness or the next run relies on:
# builtins, the modules the prelude and the harness use, the node classes, sys's streams, hooks and
# limits. Saved here, before any candidate code runs; put back after every call into candidate code.
_MISSING = object()
_BUILTINS = builtins.__dict__
_SAVED_BUILTINS = dict(_BUILTINS)
_SAVED_MODULES = [
    (sys.modules[name].__dict__, dict(sys.modules[name].__dict__))
    for name in ("bisect", "collections", "functools", "gc", "heapq", "io", "itertools", "json", "json.decoder",
                 "json.encoder", "json.scanner", "linecache", "math", "random", "signal", "string", "time",
                 "traceback", "typing", "_colorize")
    if name in sys.modules
]
_SAVED_CLASSES = [(cls, dict(cls.__dict__)) for cls in (ListNode, TreeNode, Interval, RandomNode, GraphNode, *_loop_classes)]
_SAVED_SYS = {name: getattr(sys, name) for name in (
    "stdin", "stdout", "stderr", "__stdin__", "__stdout__", "__stderr__", "displayhook", "excepthook", "meta_path",
    "path_hooks")}
_STREAM_OPTIONS = {name: (fd, getattr(sys, name).encoding, getattr(sys, name).errors)
                   for fd, name in enumerate(("stdin", "stdout", "stderr"))}
_SAVED_IMPORT_HOOKS = [(sys.meta_path, _list(sys.meta_path)), (sys.path_hooks, _list(sys.path_hooks))]
_SAVED_SYS_MODULES = dict(sys.modules)
sys.setrecursionlimit(RECURSION_LIMIT)
_RECURSION_LIMIT = sys.getrecursionlimit()
# Hooks through which candidate code could run later, and what undoes them.
_gc_callbacks = gc.callbacks
_SIGINT_HANDLER = signal.getsignal(signal.SIGINT)  # turns the time limit's SIGINT into KeyboardInterrupt
_signal = signal.signal
_SIGINT = signal.SIGINT
_monitoring = getattr(sys, "monitoring", None)  # Python 3.12+ (the native bench loads this file in older CPython)
_get_tool = _monitoring.get_tool if _monitoring else None
_free_tool_id = _monitoring.free_tool_id if _monitoring else None
_FREE_TOOLS = tuple(tool for tool in range(6) if _get_tool and _get_tool(tool) is None)


def _reset(current, saved):
    """Puts back every saved entry that was changed or deleted (additions stay: a submodule import adds one)."""
    for key, value in saved.items():
        if current.get(key, _MISSING) is not value:
            current[key] = value


def _reopened(name):
    """The saved stream, or a new one on the same file descriptor when candidate code closed it."""
    stream = _SAVED_SYS[name]
    try:
        closed = stream.closed
    except ValueError:  # detached
        closed = True
    if closed:
        fd, encoding, errors = _STREAM_OPTIONS[name]
        raw = open(fd, "rb" if fd == 0 else "wb", closefd=False)
        stream = io.TextIOWrapper(raw, encoding=encoding, errors=errors, line_buffering=fd != 0)
        _SAVED_SYS[name] = _SAVED_SYS[f"__{name}__"] = stream
    return stream


def _restore(fresh=False):
    """Undoes candidate code's changes; `fresh` (a new run) also resets limits and imported modules."""
    # First the hooks that run candidate code, so none of it runs while the rest is put back.
    for tool in _FREE_TOOLS:
        if _get_tool(tool) is not None:
            _free_tool_id(tool)
    _gc_callbacks.clear()
    _signal(_SIGINT, _SIGINT_HANDLER)
    for key in [k for k in _BUILTINS if k not in _SAVED_BUILTINS]:
        del _BUILTINS[key]
    _reset(_BUILTINS, _SAVED_BUILTINS)
    for current, saved in _SAVED_MODULES:
        _reset(current, saved)
    for cls, saved in _SAVED_CLASSES:
        for key in [k for k in cls.__dict__ if k not in saved]:
            type.__delattr__(cls, key)
        for key, value in saved.items():
            if cls.__dict__.get(key, _MISSING) is not value:
                type.__setattr__(cls, key, value)
    for handle in _scheduled:
        handle.cancel()
    _scheduled.clear()
    for name in ("stdin", "stdout", "stderr"):
        _reopened(name)
    for name, value in _SAVED_SYS.items():
        setattr(sys, name, value)
    if sys.getrecursionlimit() < _RECURSION_LIMIT:
        sys.setrecursionlimit(_RECURSION_LIMIT)
    if fresh:
        sys.setrecursionlimit(_RECURSION_LIMIT)
        _reset(sys.modules, _SAVED_SYS_MODULES)
        for hooks, saved in _SAVED_IMPORT_HOOKS:
            hooks[:] = saved
        gc.enable()


# ---------------------------------------------------------------- one run: prepare, then cases

_run = {"target": None, "entry": None, "params": [], "returns": "any", "result": None}


def prepare(code, spec_json):
    """Executes the candidate's code in a fresh namespace and finds the entry point."""
    try:
        return _prepare(code, spec_json)
    except _KeyboardInterrupt:  # the time limit's interrupt, landing just after the candidate's code
        return '{"status": "interrupted"}'


def _prepare(code, spec_json):
    _restore(fresh=True)
    spec = _loads(spec_json)
    _run["target"] = None
    _run["entry"] = spec["entry"]
    _run["params"] = spec.get("params") or []
    _run["returns"] = spec.get("returns") or "any"
    _run["result"] = spec.get("result")
    linecache.cache[SOURCE_NAME] = (_len(code), None, code.splitlines(True), SOURCE_NAME)
    ns = _prelude()
    failure = None
    try:
        exec(compile(code, SOURCE_NAME, "exec"), ns)
    except _BaseException as exc:  # SystemExit too: the candidate's code ends, the harness does not
        failure = exc
    _settrace(None)
    _setprofile(None)
    _restore()
    if failure is not None:
        # The client tells a KeyboardInterrupt the code raised from its own time-limit interrupt.
        status = "interrupted" if _is(failure, _KeyboardInterrupt) else "error"
        return _dumps({"status": status, "error": _error(failure)})
    entry = _run["entry"]
    kind = entry["kind"]
    name = entry.get("className") if kind != "function" else entry["name"]
    target = ns.get(name)
    if target is None and kind == "codec":
        target = ns.get("Solution")  # NeetCode's version of Encode and Decode Strings names it Solution
    if target is None:
        what = "class" if kind != "function" else "function"
        return _dumps({"status": "error", "error": {
            "type": "EntryPointMissing", "line": None,
            "message": f"define {what} {name}",
            "traceback": f"EntryPointMissing: your code must define {what} `{name}`",
        }})
    _run["target"] = target
    return _dumps({"status": "ok"})


def _call(args_json):
    entry = _run["entry"]
    target = _run["target"]
    args = _loads(args_json)
    if entry["kind"] == "design":
        ops, op_args = args["ops"], args["args"]
        obj = target(*op_args[0])
        results = [None]
        for op, a in zip(ops[1:], op_args[1:]):
            results.append(_plain(getattr(obj, op)(*a)))
        return results
    params = _run["params"]
    call_args = _convert_args(args["args"], params)
    if entry["kind"] == "codec":
        # As LeetCode's driver: one instance serialises, another deserialises what it got.
        data = getattr(target(), entry["encode"])(*call_args)
        if not _is(data, str):
            raise JudgeError(f"{entry['encode']} returned {_type(data).__name__}, not a str")
        return _typed_plain(getattr(target(), entry["decode"])(data), _run["returns"])
    if entry["kind"] == "method":
        fn = getattr(target(), entry["name"], None)
        if fn is None:
            raise AttributeError(f"class {entry['className']} has no method {entry['name']}")
    else:
        fn = target
    result = fn(*call_args)
    index = _run["result"]
    if index is not None:
        # In place: LeetCode ignores what the method returns and judges the argument it changed.
        kind = params[index]
        position = _len([p for p in params[:index] if p != "ListNode.cycle"])
        return _typed_plain(call_args[position], kind)
    return _typed_plain(result, _run["returns"])


def _release():
    """Cuts every known node's links so that freeing them never recurses."""
    for node in _built:
        try:
            if _is(node, ListNode):
                object.__setattr__(node, "next", None)
            elif _is(node, TreeNode):
                object.__setattr__(node, "left", None)
                object.__setattr__(node, "right", None)
            else:  # Node of 138 or 133, the harness's or the candidate's own class
                for attr in ("next", "random", "neighbors"):
                    try:
                        object.__setattr__(node, attr, None)
                    except _BaseException:
                        pass
        except _BaseException:
            pass
    _built.clear()
    _originals.clear()


def run_case(args_json):
    """Runs one case on fresh inputs (parsed anew from JSON, so nothing leaks between cases)."""
    try:
        return _run_case(args_json)
    except _KeyboardInterrupt:  # the time limit's interrupt, landing just after the candidate's code
        return '{"status": "interrupted"}'


def _run_case(args_json):
    _built.clear()
    _originals.clear()
    started = _perf_counter()
    try:
        status = {"status": "ok", "value": _call(args_json)}
    except JudgeError as exc:
        status = {"status": "invalid", "message": str(exc)}
    except _BaseException as exc:
        status = exc
    ms = (_perf_counter() - started) * 1000
    _settrace(None)
    _setprofile(None)
    _restore()
    if _is(status, _BaseException):
        # The client tells a KeyboardInterrupt the code raised from its own time-limit interrupt.
        status = {"status": "interrupted" if _is(status, _KeyboardInterrupt) else "error", "error": _error(status)}
    status["ms"] = ms
    _release()
    return _dumps(status)


def run_checker(source, args_json, expected_json, got_json):
    """Runs a problem's checker on plain data; only ever called in an interpreter that runs no candidate code."""
    try:
        ns = {"__name__": "checker", "__builtins__": __builtins__}
        exec(compile(source, "checker.py", "exec"), ns)
        verdict = ns["check"](_loads(args_json), _loads(expected_json), _loads(got_json))
    except _BaseException as exc:
        return _dumps({"ok": False, "message": f"the checker itself failed: {_type(exc).__name__}: {exc}"})
    if verdict is True:
        return _dumps({"ok": True})
    return _dumps({"ok": False, "message": str(verdict) if verdict else "rejected by the checker"})
