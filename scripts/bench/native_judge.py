"""Times the harness natively (CPython) on the cases the bench gives it, for the Pyodide/native ratio.
Reads JSON {code, spec, cases:[input...], repeats} on stdin; prints {"ms": [per-case median ms]}."""
import importlib.util
import json
import statistics
import sys

spec = importlib.util.spec_from_file_location("harness", sys.argv[1])
harness = importlib.util.module_from_spec(spec)
spec.loader.exec_module(harness)

job = json.load(sys.stdin)
prepared = json.loads(harness.prepare(job["code"], json.dumps(job["spec"])))
assert prepared["status"] == "ok", prepared
out = []
for case in job["cases"]:
    times = []
    for _ in range(job["repeats"]):
        result = json.loads(harness.run_case(json.dumps(case)))
        assert result["status"] == "ok", result
        times.append(result["ms"])
    out.append(statistics.median(times))
print(json.dumps({"ms": out}))
