#!/usr/bin/env python3
"""Keeps the code readable at a glance (docs/architecture.md): no source file over 600 lines and
no function over 80 lines in core/, web/, cli/ and tests/unit. A function is counted from its
opening line at the left margin to its closing brace there; data tables (a definition whose body
is an initializer list: `... = {` or `static const ... {` tables) are left out. Prints each
violation; exit 1 if any. Run by tests/run.sh (suite "sizes")."""
import pathlib
import re
import sys

MAX_FILE, MAX_FUNCTION = 600, 80
root = pathlib.Path(__file__).resolve().parent.parent
folders = ["core", "web", "cli", "tests/unit"]
problems = []
function_start = re.compile(r"^[A-Za-z_][\w:<>,&*\s~\[\]]*\(.*\)[\w\s&*:>-]*\{\s*(//.*)?$")
files = 0
for folder in folders:
    for path in sorted((root / folder).rglob("*")):
        if path.suffix not in (".cpp", ".hpp"):
            continue
        files += 1
        lines = path.read_text(encoding="utf-8").split("\n")
        rel = path.relative_to(root)
        if len(lines) - 1 > MAX_FILE:
            problems.append(f"{rel}: {len(lines) - 1} lines (at most {MAX_FILE})")
        start = None
        for number, line in enumerate(lines, 1):
            if start is None:
                if function_start.match(line) and not line.startswith(("namespace", "struct", "class", "enum", "union")) \
                        and "=" not in line.split("(")[0]:
                    start = (number, line)
            elif line.startswith("}"):
                length = number - start[0] + 1
                if length > MAX_FUNCTION and not path.name.startswith("test") and not str(rel).startswith("tests/"):
                    name = start[1].split("(")[0].split()[-1]
                    problems.append(f"{rel}:{start[0]}: {name} is {length} lines (at most {MAX_FUNCTION})")
                start = None
for problem in problems:
    print("FAIL " + problem)
if problems:
    print(f"0 passed, {len(problems)} failed")
    sys.exit(1)
print(f"ok   {files} source files: none over {MAX_FILE} lines, no function over {MAX_FUNCTION} lines")
print("1 passed, 0 failed")
