#!/usr/bin/env python3
"""The one-way rule of docs/architecture.md, checked: each file of core/src/<stage>/ includes
only headers of its own stage or of earlier stages, the public headers (core/include) include
only public headers, core/ includes nothing of web/, ImGui or Emscripten, and no two modules (a header and
its source) of a stage include each other, directly or in a ring. Prints each violation; exit 1 if any.
Run by tests/run.sh (suite "layers") and by hand: python3 tools/check_layers.py"""
import pathlib
import re
import sys

# Stages in pipeline order; stages of the same rank may not include each other.
RANK = {"model": 0, "ingest": 1, "analysis": 2, "flags": 3, "scores": 3,
        "plan": 4, "attribution": 4, "outreach": 5, "report": 6, "engine": 7}
FORBIDDEN = ("imgui", "emscripten", "GLFW", "app/", "bindings/")

root = pathlib.Path(__file__).resolve().parent.parent
core = root / "core"
problems = []
include_re = re.compile(r'^\s*#\s*include\s+[<"]([^">]+)[">]', re.M)


def includes(path):
    return include_re.findall(path.read_text(encoding="utf-8"))


def stage_of(include):
    first = include.split("/", 1)[0]
    return first if first in RANK else None


graph = {}
for path in sorted((core / "src").rglob("*")):
    if path.suffix not in (".hpp", ".cpp"):
        continue
    rel = path.relative_to(core / "src")
    stage = rel.parts[0]
    if stage not in RANK:
        problems.append(f"core/src/{rel}: not in a stage folder ({', '.join(RANK)})")
        continue
    for inc in includes(path):
        if any(word in inc for word in FORBIDDEN):
            problems.append(f"core/src/{rel}: includes {inc} (the core knows no UI or platform)")
        other = stage_of(inc)
        if other is None:
            continue
        if RANK[other] > RANK[stage] or (RANK[other] == RANK[stage] and other != stage):
            problems.append(f"core/src/{rel}: a {stage} file includes {inc}, of the later stage {other}")
        module, included = str(rel.with_suffix("")), str(pathlib.Path(inc).with_suffix(""))
        if other == stage and included != module:
            graph.setdefault(module, set()).add(included)

for path in sorted((core / "include").rglob("*.hpp")):
    rel = path.relative_to(core)
    for inc in includes(path):
        if stage_of(inc) is not None or any(word in inc for word in FORBIDDEN):
            problems.append(f"core/{rel}: a public header includes {inc}, which callers cannot see")


def ring_from(start):
    stack, seen = [(start, [start])], set()
    while stack:
        node, trail = stack.pop()
        for nxt in graph.get(node, ()):
            if nxt == start:
                return trail + [nxt]
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, trail + [nxt]))
    return None


reported = set()
for header in sorted(graph):
    ring = ring_from(header)
    if ring and frozenset(ring) not in reported:
        reported.add(frozenset(ring))
        problems.append("modules include each other: " + " -> ".join(ring))

for problem in problems:
    print("FAIL " + problem)
files = sum(1 for p in (core / "src").rglob("*") if p.suffix in (".hpp", ".cpp"))
if problems:
    print(f"0 passed, {len(problems)} failed")
    sys.exit(1)
print(f"ok   {files} files of core/src follow the stage order; the public headers include only public headers")
print("1 passed, 0 failed")
