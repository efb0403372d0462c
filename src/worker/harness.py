# Mockloop's Python harness: loaded once into each Pyodide interpreter (browser worker and Node judge).
# Rule: this file never sees expected values. It runs the candidate's code on one case's inputs and
# returns the result as plain JSON data; comparison happens outside the interpreter.

import bisect
import collections
import functools
import heapq
import itertools
import json
import linecache
import math
import random
import string
import sys
import time
import traceback
import typing

# Bound once, so a candidate who rebinds json.dumps or time.perf_counter cannot change the judging.
_dumps = json.dumps
_loads = json.loads
_perf_counter = time.perf_counter
_isinstance = isinstance
_type = type
_len = len
_int_index = int.__index__
_float_value = float.__float__
_str_value = str.__str__
_BaseException = BaseException

SOURCE_NAME = "solution.py"
MAX_DEPTH = 400
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


def _no_input(prompt=""):
    raise EOFError("input() has nothing to read here: the judge passes each case's inputs as arguments")


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
    return ns


# ---------------------------------------------------------------- conversions (LeetCode's serialisation)

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


def _to_python(value, kind):
    if kind == "ListNode":
        return _build_list(value)
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
    visited = set()
    while node is not None:
        if id(node) in visited:
            _built.extend(seen)
            raise JudgeError(f"the returned linked list has a cycle (node {_len(out)} links back to an earlier node)")
        if _len(out) >= MAX_NODES:
            _built.extend(seen)
            raise JudgeError("the returned linked list is too long")
        visited.add(id(node))
        out.append(_plain(node.val, depth + 1))
        seen.append(node)
        node = node.next
    _built.extend(seen)  # the candidate's own nodes are released the same way
    return out


def _tree_to_plain(root, depth):
    out = []
    queue = collections.deque([root])
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


def _plain(x, depth=0):
    """Turns a result into JSON data using the base types' own methods, so overrides prove nothing."""
    if depth > MAX_DEPTH:
        raise JudgeError("the returned value is nested too deeply")
    if x is None or x is True or x is False:
        return x
    if _isinstance(x, int):
        v = _int_index(x)
        return v if -SAFE_INT <= v <= SAFE_INT else {"$int": repr(v)}
    if _isinstance(x, float):
        v = _float_value(x)
        if math.isfinite(v):
            return v
        return {"$float": "nan" if v != v else ("inf" if v > 0 else "-inf")}
    if _isinstance(x, str):
        return _str_value(x)
    if _isinstance(x, ListNode):
        return _list_to_plain(x, depth)
    if _isinstance(x, TreeNode):
        return _tree_to_plain(x, depth)
    if _isinstance(x, (list, tuple, collections.deque)):
        return [_plain(v, depth + 1) for v in list(x)]
    if _isinstance(x, (set, frozenset)):
        items = [_plain(v, depth + 1) for v in x]
        return sorted(items, key=lambda v: _dumps(v, sort_keys=True))
    if _isinstance(x, dict):
        out = {}
        for k, v in dict.items(x):
            key = k if _type(k) is str else _dumps(_plain(k, depth + 1))
            out[key] = _plain(v, depth + 1)
        return out
    raise JudgeError(f"returned a value of type {_type(x).__name__}, which cannot be compared")


# ---------------------------------------------------------------- errors

def _format_error(exc):
    """A traceback holding only the candidate's frames, with editor line numbers."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == SOURCE_NAME]
    line = frames[-1].lineno if frames else None
    if _isinstance(exc, SyntaxError) and exc.filename == SOURCE_NAME:
        line = exc.lineno
    parts = ["Traceback (most recent call last):\n"] if frames else []
    previous, repeats = None, 0
    for f in frames:
        key = (f.lineno, f.name)
        if key == previous:
            repeats += 1
            continue
        if repeats:
            parts.append(f"  [Previous line repeated {repeats} more times]\n")
        previous, repeats = key, 0
        parts.append(f'  File "{SOURCE_NAME}", line {f.lineno}, in {f.name}\n')
        if f.line:
            parts.append(f"    {f.line.strip()}\n")
    if repeats:
        parts.append(f"  [Previous line repeated {repeats} more times]\n")
    if _len(parts) > MAX_TRACEBACK_LINES:
        half = MAX_TRACEBACK_LINES // 2
        parts = parts[:half] + [f"  [... {_len(parts) - MAX_TRACEBACK_LINES} lines omitted ...]\n"] + parts[-half:]
    parts.extend(traceback.format_exception_only(_type(exc), exc))
    return {
        "type": _type(exc).__name__,
        "message": str(exc) if not _isinstance(exc, SyntaxError) else (exc.msg or ""),
        "traceback": "".join(parts).rstrip("\n"),
        "line": line,
    }


# ---------------------------------------------------------------- one run: prepare, then cases

_run = {"target": None, "entry": None, "params": [], "returns": "any"}


def prepare(code, spec_json):
    """Executes the candidate's code in a fresh namespace and finds the entry point."""
    spec = _loads(spec_json)
    _run["target"] = None
    _run["entry"] = spec["entry"]
    _run["params"] = spec.get("params") or []
    _run["returns"] = spec.get("returns") or "any"
    linecache.cache[SOURCE_NAME] = (_len(code), None, code.splitlines(True), SOURCE_NAME)
    ns = _prelude()
    try:
        exec(compile(code, SOURCE_NAME, "exec"), ns)
    except KeyboardInterrupt:
        return _dumps({"status": "interrupted"})
    except _BaseException as exc:  # SystemExit too: the candidate's code ends, the harness does not
        return _dumps({"status": "error", "error": _format_error(exc)})
    entry = _run["entry"]
    kind = entry["kind"]
    name = entry.get("className") if kind != "function" else entry["name"]
    target = ns.get(name)
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
    call_args = [_to_python(a, params[i] if i < _len(params) else "any") for i, a in enumerate(args["args"])]
    if entry["kind"] == "method":
        fn = getattr(target(), entry["name"], None)
        if fn is None:
            raise AttributeError(f"class {entry['className']} has no method {entry['name']}")
    else:
        fn = target
    result = fn(*call_args)
    # LeetCode serialises an empty list or tree as [].
    if result is None and _run["returns"] in ("ListNode", "TreeNode"):
        return []
    return _plain(result)


def _release():
    """Cuts every known node's links so that freeing them never recurses."""
    for node in _built:
        try:
            if _isinstance(node, ListNode):
                object.__setattr__(node, "next", None)
            else:
                object.__setattr__(node, "left", None)
                object.__setattr__(node, "right", None)
        except _BaseException:
            pass
    _built.clear()


def run_case(args_json):
    """Runs one case on fresh inputs (parsed anew from JSON, so nothing leaks between cases)."""
    _built.clear()
    started = _perf_counter()
    try:
        value = _call(args_json)
        status = {"status": "ok", "value": value}
    except KeyboardInterrupt:
        status = {"status": "interrupted"}
    except JudgeError as exc:
        status = {"status": "invalid", "message": str(exc)}
    except _BaseException as exc:
        status = {"status": "error", "error": _format_error(exc)}
    status["ms"] = (_perf_counter() - started) * 1000
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
