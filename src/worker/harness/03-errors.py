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


