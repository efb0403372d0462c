"""Runs problems' oracle.py files (independent implementations on numpy / scikit-learn) natively.
Reads [{"id", "oracle": path, "cases": [args, ...]}] as JSON on stdin and prints
{"<id>": [value, ...]} with numpy values turned into plain JSON data. Run with /usr/bin/python3,
the interpreter Debian's python3-sklearn and python3-numpy belong to."""
import importlib.util
import json
import math
import sys


def plain(x):
    if hasattr(x, "tolist"):
        x = x.tolist()
    if isinstance(x, (list, tuple)):
        return [plain(v) for v in x]
    if isinstance(x, dict):
        return {str(k): plain(v) for k, v in x.items()}
    if isinstance(x, float) and not math.isfinite(x):
        return {"$float": "nan" if x != x else ("inf" if x > 0 else "-inf")}
    return x


def main():
    jobs = json.load(sys.stdin)
    out = {}
    for job in jobs:
        spec = importlib.util.spec_from_file_location(f"oracle_{job['id'].replace('-', '_')}", job["oracle"])
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        out[job["id"]] = [plain(module.oracle(*args)) for args in job["cases"]]
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
