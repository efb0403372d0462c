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
