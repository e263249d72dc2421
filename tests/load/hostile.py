#!/usr/bin/env python3
"""Sends each hostile request of issue 12 once and prints time, status, size and the first error code.
   python3 tests/load/hostile.py PORT [NAME-FRAGMENT...]   (against a Release server on 127.0.0.1:PORT, e.g.
   dotnet run -c Release --project api --urls http://127.0.0.1:5111)"""
import json, sys, time, urllib.request
port = sys.argv[1] if len(sys.argv) > 1 else "5111"
url = f"http://127.0.0.1:{port}/graphql"

def introspection(levels):
    inner = "name"
    for _ in range(levels):
        inner = f"interfaces {{ name possibleTypes {{ name {inner} }} }}"
    return "{ __schema { types { " + inner + " } } }"

def fragments(levels):
    parts = ["query { ...F0 }"]
    for i in range(levels):
        parts.append(f"fragment F{i} on Query {{ ...F{i+1} ...F{i+1} }}")
    parts.append(f"fragment F{levels} on Query {{ __typename }}")
    return " ".join(parts)

def nested_or(width, depth):
    node = {"name": {"contains": "x"}}
    for _ in range(depth):
        node = {"or": [node] + [{"name": {"contains": "y"}}] * (width - 1)}
    return node

deep = "{ " + "organisations { nodes { " * 45 + "name" + " } }" * 45 + " }"
filt = "query($w: OrganisationFilterInput) { organisations(where: $w) { totalCount } }"
cases = [
    ("introspection 4 levels", introspection(4), None),
    ("introspection 5 levels", introspection(5), None),
    ("fragments x2 20 levels", fragments(20), None),
    ("fragments x2 24 levels", fragments(24), None),
    ("filter or 500 x needs.some", filt, {"w": {"or": [{"needs": {"some": {"area": {"name": {"contains": "x"}}}}}] * 500}}),
    ("filter nested or 30 x 30", filt, {"w": nested_or(30, 30)}),
    ("15 aliases detectNeedClusters", "{ " + " ".join(f"d{i}: detectNeedClusters {{ clusters {{ key }} }}" for i in range(15)) + " }", None),
    ("15 aliases detect eps 5000 minFamilies 1", "{ " + " ".join(f"d{i}: detectNeedClusters(input: {{ epsMetres: {5000 - i}, minFamilies: 1 }}) {{ clusters {{ key }} }}" for i in range(15)) + " }", None),
    ("15 aliases mapLayer(CLUSTERS)", "{ " + " ".join(f"m{i}: mapLayer(layer: CLUSTERS)" for i in range(15)) + " }", None),
    ("needs some null", "{ organisations(where: { needs: { some: null } }) { totalCount } }", None),
    ("sizeBand eq null", "{ organisations(where: { sizeBand: { eq: null } }) { totalCount } }", None),
    ("selection 90 deep", deep, None),
]
only = sys.argv[2:] 
for name, query, variables in cases:
    if only and not any(o in name for o in only):
        continue
    body = json.dumps({"query": query, "variables": variables}).encode()
    req = urllib.request.Request(url, body, {"content-type": "application/json"})
    start = time.time()
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            status, data = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, data = e.code, e.read()
    except Exception as e:
        status, data = "ERR", str(e).encode()
    took = time.time() - start
    try:
        j = json.loads(data)
        errs = j.get("errors") or []
        first = errs[0] if errs else None
        answer = f"{first.get('extensions',{}).get('code')}: {first.get('message')[:110]}" if first else "data, no errors"
    except Exception:
        answer = data[:120]
    print(f"{name:32} {took:7.2f} s  {status}  {len(data):>10,} B  {answer}")
    sys.stdout.flush()
