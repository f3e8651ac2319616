#!/usr/bin/env python3
"""Refresh the answers of the README's curl examples from a running service.

Usage: start the service (java -jar target/advisor.jar --port 7070), then run
    scripts/update-readme-examples.py [README.md] [http://localhost:7070]
Each <!-- example:NAME:request --> block's curl command is sent as written; the matching
<!-- example:NAME:response --> block is replaced by the answer, and a response-excerpt block keeps
only the fields it already shows. ReadmeExamplesTest checks the result against the real server.
"""
import json
import re
import sys
import urllib.request

readme_path = sys.argv[1] if len(sys.argv) > 1 else "README.md"
base = sys.argv[2] if len(sys.argv) > 2 else "http://localhost:7070"
text = open(readme_path, encoding="utf-8").read()
block = re.compile(r"(<!-- example:([\w-]+):(request|response|response-excerpt) -->\s*```\w*\n)(.*?)(```)", re.S)

requests = {}
for m in block.finditer(text):
    if m.group(3) == "request":
        requests[m.group(2)] = m.group(4)


def answer(curl):
    url = re.search(r"localhost:7070(/\S*)", curl).group(1).rstrip("'")
    headers = dict(re.findall(r"-H '([^:]+): ([^']*)'", curl))
    body = re.search(r"-d '(.*?)'", curl, re.S)
    data = body.group(1).encode("utf-8") if body else None
    request = urllib.request.Request(base + url, data=data, headers=headers, method="POST" if data else "GET")
    try:
        with urllib.request.urlopen(request) as response:
            return json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        return json.loads(error.read().decode("utf-8"))


def excerpt(shape, fresh):
    """Keeps what the excerpt shows: the fields of each object it shows ({} for a whole object); for an
    array, as many elements as it shows, from the start ([] for the whole array, [template, "*"] for every
    element cut to the template)."""
    if isinstance(shape, dict) and isinstance(fresh, dict):
        return fresh if not shape else {key: excerpt(shape[key], fresh[key]) for key in shape if key in fresh}
    if isinstance(shape, list) and isinstance(fresh, list):
        if not shape:
            return fresh
        if shape[-1] == "*":
            return [excerpt(shape[0], item) for item in fresh] + ["*"]
        return [excerpt(shape[i], item) for i, item in enumerate(fresh[:len(shape)])]
    return fresh


def replace(m):
    name, kind, old = m.group(2), m.group(3), m.group(4)
    if kind == "request":
        return m.group(0)
    fresh = answer(requests[name])
    if kind == "response-excerpt":
        fresh = excerpt(json.loads(old), fresh)
    return m.group(1) + json.dumps(fresh, indent=2, ensure_ascii=False) + "\n" + m.group(5)


updated = block.sub(replace, text)  # every answer fetched before the file is touched
with open(readme_path, "w", encoding="utf-8") as out:
    out.write(updated)
print("updated", ", ".join(sorted(requests)))
