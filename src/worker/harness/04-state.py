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


