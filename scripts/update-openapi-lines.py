#!/usr/bin/env python3
"""Move the rule lines of the OpenAPI examples to where the rules now are.

Usage: scripts/update-openapi-lines.py [src/main/resources/openapi.json] [rules]
Each example object naming a "rule" (or, in the rule catalogue, a "name"), its "file" and "line" gets that rule's
line in rules/<file>; the lines of
its conditions ("because", "firstFailed") move by as much. OpenApiDocumentTest checks the result.
"""
import json
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "src/main/resources/openapi.json"
rules = sys.argv[2] if len(sys.argv) > 2 else "rules"
declared = re.compile(r'^rule\s+"((?:[^"\\]|\\.)*)"')


def rule_line(file, name):
    with open(f"{rules}/{file}", encoding="utf-8") as drl:
        for number, line in enumerate(drl, 1):
            m = declared.match(line)
            if m and json.loads('"' + m.group(1) + '"') == name:
                return number
    raise SystemExit(f"no rule \"{name}\" in {file}")


def shift(node, delta):
    """Moves every "line" under node by delta."""
    if isinstance(node, dict):
        if isinstance(node.get("line"), int):
            node["line"] += delta
        for value in node.values():
            shift(value, delta)
    elif isinstance(node, list):
        for value in node:
            shift(value, delta)


moved = 0


def walk(node):
    global moved
    if isinstance(node, dict):
        # An advice item or a rule not fired names its rule as "rule"; an entry of the rule catalogue as "name".
        name = node.get("rule") if isinstance(node.get("rule"), str) else node.get("name")
        if isinstance(name, str) and isinstance(node.get("file"), str) and isinstance(node.get("line"), int):
            delta = rule_line(node["file"], name) - node["line"]
            if delta:
                shift(node, delta)
                moved += 1
            return
        for value in node.values():
            walk(value)
    elif isinstance(node, list):
        for value in node:
            walk(value)


with open(path, encoding="utf-8") as f:
    document = json.load(f)
walk(document)
with open(path, "w", encoding="utf-8") as f:
    f.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
print(f"moved {moved} rules' lines")
