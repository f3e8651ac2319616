#!/usr/bin/env python3
"""Refresh the answers of the OpenAPI document's examples from a running service.

Usage: start the service (java -jar target/advisor.jar --port 7070), then run
    scripts/update-openapi-examples.py [src/main/resources/openapi.json] [http://localhost:7070]
For POST /v1/advice, /v1/pre-approval and /v1/pre-approval/batch, each request example with a 200 example of the
same name is sent (with ?explain=true where the example shows an explanation, and the example's language in
Accept-Language where it is not English), and the 200 example becomes the answer. OpenApiExamplesTest checks the
result against the real server.
"""
import json
import sys
import urllib.request

path = sys.argv[1] if len(sys.argv) > 1 else "src/main/resources/openapi.json"
base = sys.argv[2] if len(sys.argv) > 2 else "http://localhost:7070"
ROUTES = ["/v1/advice", "/v1/pre-approval", "/v1/pre-approval/batch"]


def shows_explanation(example):
    text = json.dumps(example)
    return '"notFired"' in text or '"because"' in text


def answer(route, body, explain, language):
    headers = {"Content-Type": "application/json"}
    if language and language != "en":
        headers["Accept-Language"] = language
    request = urllib.request.Request(base + route + ("?explain=true" if explain else ""),
                                     data=json.dumps(body).encode("utf-8"), headers=headers, method="POST")
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read().decode("utf-8"))


document = json.load(open(path, encoding="utf-8"))
refreshed = 0
for route in ROUTES:
    operation = document["paths"][route]["post"]
    requests = operation["requestBody"]["content"]["application/json"]["examples"]
    answers = operation["responses"]["200"]["content"]["application/json"]["examples"]
    for name, request in requests.items():
        if name not in answers:
            continue
        shown = answers[name]["value"]
        language = shown.get("language") if isinstance(shown, dict) else None
        fresh = answer(route, request["value"], shows_explanation(shown), language)
        if fresh != shown:
            answers[name]["value"] = fresh
            refreshed += 1
with open(path, "w", encoding="utf-8") as f:
    f.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
print(f"refreshed {refreshed} examples")
