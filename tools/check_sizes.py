#!/usr/bin/env python3
"""Keeps the code readable at a glance (docs/architecture.md): no source file over 600 lines and
no function over 80 lines in core/, web/ and cli/ (tests/unit: files only). A function is counted
from its first line at the left margin to its closing brace there. Data tables are left out: a
function whose comment's last line says "(a data table)" is one. Prints each
violation; exit 1 if any. Run by tests/run.sh (suite "sizes").

tools/size_exceptions.txt lists the files and functions still over the limits when the check
began (issue 14), each with its size then: a listed one may shrink (and should leave the list
when it fits), never grow; anything not listed must fit. --write rewrites the list."""
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
                # A signature at the left margin, its opening brace on this line or within the next two.
                opens = next((k for k in range(3) if number - 1 + k < len(lines) and lines[number - 1 + k].rstrip().endswith("{")), None)
                candidate = re.match(r"^[A-Za-z_][\w:<>,&*\s~]*\(", line) and not line.startswith(
                    ("namespace", "struct", "class", "enum", "union", "static_assert", "#")) and "=" not in line.split("(")[0]
                one_line = "{" in line and line.rstrip().endswith("}")  # a function of one line: nothing to count
                if candidate and not one_line and opens is not None and all(")" in "".join(lines[number - 1:number + opens]) for _ in [0]):
                    table = number >= 2 and "(a data table)" in lines[number - 2]
                    start = (number, line, table)
            elif line.startswith("}"):
                length = number - start[0] + 1
                if length > MAX_FUNCTION and not start[2] and not str(rel).startswith("tests/"):
                    name = start[1].split("(")[0].split()[-1]
                    problems.append(f"{rel}:{start[0]}: {name} is {length} lines (at most {MAX_FUNCTION})")
                start = None
exceptions_path = root / "tools/size_exceptions.txt"
known = {}
if exceptions_path.exists():
    for entry in exceptions_path.read_text(encoding="utf-8").split("\n"):
        if entry.strip() and not entry.startswith("#"):
            where, size = entry.rsplit(" ", 1)
            known[where] = int(size)
if "--write" in sys.argv:
    lines = ["# Over the size limits of tools/check_sizes.py, with their size when listed: may shrink, never grow."]
    for problem in problems:
        where, rest = problem.split(": ", 1)
        name = rest.split(" is ")[0] if " is " in rest else ""
        lines.append(f"{where.split(':')[0]}{(' ' + name) if name else ''} {rest.split(' lines')[0].split()[-1]}")
    exceptions_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(problems)} exceptions to {exceptions_path.relative_to(root)}")
    sys.exit(0)
left = []
listed_left = 0
for problem in problems:
    where, rest = problem.split(": ", 1)
    name = rest.split(" is ")[0] if " is " in rest else ""
    key = f"{where.split(':')[0]}{(' ' + name) if name else ''}"
    size = int(rest.split(" lines")[0].split()[-1])
    if key in known and size <= known[key]:
        listed_left += 1
        continue
    left.append(problem + (f" (listed at {known[key]}: it grew)" if key in known else ""))
problems = left
for problem in problems:
    print("FAIL " + problem)
if listed_left:
    print(f"note {listed_left} listed exceptions remain over the limits (tools/size_exceptions.txt)")
if problems:
    print(f"0 passed, {len(problems)} failed")
    sys.exit(1)
print(f"ok   {files} source files: none over {MAX_FILE} lines and no function over {MAX_FUNCTION} lines, "
      f"beyond {listed_left} listed exceptions, none of which grew")
print("1 passed, 0 failed")
