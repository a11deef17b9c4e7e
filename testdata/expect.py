#!/usr/bin/env python3
"""Append the expectation block of a script test from CPython's run.

    python3 testdata/expect.py testdata/scripts/dir/name.py ...

For each script that has no "# Output:" block yet, run it with python3
(the reference) and append "# Output:" (stdout), "# Exit: N" when not 0,
and "# Stderr:" with the traceback lines (CPython's caret lines dropped,
the file names of traceback entries reduced to their base names).
Review the block before committing: it is the test's contract.
"""
import os
import re
import subprocess
import sys

for path in sys.argv[1:]:
    src = open(path, encoding="utf-8").read()
    if "\n# Output:" in src or "\n# Unordered output:" in src:
        continue
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    r = subprocess.run([sys.executable, os.path.basename(path)], cwd=os.path.dirname(path) or ".",
                       capture_output=True, text=True, env=env, timeout=120)
    block = ["", "# Output:"]
    for line in r.stdout.splitlines():
        block.append("# " + line if line else "#")
    if r.returncode != 0:
        block.append("# Exit: %d" % r.returncode)
        err = [l for l in r.stderr.splitlines() if l.strip() and set(l.strip()) - set("^~")]
        if err:
            block.append("# Stderr:")
            block.extend("# " + re.sub(r'File "[^"]*[/\\]([^/\\"]+)"', r'File "\1"', l) for l in err)
    with open(path, "a", encoding="utf-8") as f:
        if not src.endswith("\n"):
            f.write("\n")
        f.write("\n".join(block) + "\n")
    print("wrote", path, "exit", r.returncode)
