#!/usr/bin/env python3
"""The consortium builder's and the borough plan's times through the API, and (with --table) the best consortium of
each kind per centre. Usage: consortia.py URL SIGNING_KEY REPEAT LABEL [--table]
Each timing is the median of REPEAT requests after one warm-up, measured by this client (HTTP on loopback, the
server's data loading included); a request that answers an error is reported with its code, never timed as a success."""
import base64, hashlib, hmac, json, statistics, sys, time, urllib.request

url, key, repeat, label = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
table = "--table" in sys.argv[5:]
KINDS, PURPOSES, LIMITS = ["COMMUNITY", "LEAD_PARTNER"], ["MANAGE_CENTRE", "DELIVER_SERVICES"], [1, 2]

def b64(data): return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

def token():
    header, now = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()), int(time.time())
    claims = b64(json.dumps({"sub": "consortia-timing", "role": "cvs-staff", "iss": "consortia", "aud": "vcsdirectory",
                             "nbf": now - 60, "iat": now - 60, "exp": now + 7200}).encode())
    return f"{header}.{claims}.{b64(hmac.new(base64.b64decode(key), f'{header}.{claims}'.encode(), hashlib.sha256).digest())}"

TOKEN = token()

def post(query, variables=None):
    request = urllib.request.Request(url + "/graphql", json.dumps({"query": query, "variables": variables}).encode(),
                                     {"content-type": "application/json", "authorization": "Bearer " + TOKEN})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as response:
        answer = json.load(response)
    return answer, time.perf_counter() - started

def timed(query, variables):
    """Median seconds of REPEAT requests after a warm-up, and the last answer; or the error code."""
    answer, _ = post(query, variables)
    seconds = []
    for _ in range(repeat):
        answer, elapsed = post(query, variables)
        if answer.get("errors"):
            return None, answer["errors"][0].get("extensions", {}).get("code", answer["errors"][0]["message"]), answer
        seconds.append(elapsed)
    return statistics.median(seconds), None, answer

OPTIONS = """query($input: ConsortiumOptionsInput!) { consortiumOptions(input: $input) {
  candidateCount noConsortiumReason requiredCategories
  alternatives { objective { coveredCategories members wardPairs }
    members { role coveredCategories organisation { id name } } uncoveredCategories { category explanation } } } }"""
PLAN = """query($input: ConsortiumPlanInput!) { consortiumPlan(input: $input) {
  objective { coveredCategories members wardPairs } consortia { centre { id } } unformed { centre { id } } } }"""

def data(query):
    """A setup query's data; a cold server on a loaded machine may time the first ones out, so they are retried."""
    for _ in range(5):
        answer, _ = post(query)
        if answer.get("data") and not answer.get("errors"):
            return answer["data"]
        time.sleep(2)
    raise SystemExit(f"{query} kept failing: {answer.get('errors')}")

centres = data("{ childrensCentres(first: 50) { nodes { id name } } }")["childrensCentres"]["nodes"]
organisations = data("{ organisations { totalCount } }")["organisations"]["totalCount"]
print(f"\n## {label}: {organisations} organisations, {len(centres)} centres, median of {repeat} after a warm-up\n")
print("| consortiumOptions (3 alternatives, the default) | " + " | ".join(KINDS) + " |")
print("| --- | " + " | ".join("---:" for _ in KINDS) + " |")
best = {}
for centre in centres:
    cells = []
    for kind in KINDS:
        seconds, error, answer = timed(OPTIONS, {"input": {"centreId": centre["id"], "kind": kind}})
        options = answer.get("data", {}).get("consortiumOptions") or {}
        best[(centre["id"], kind)] = options
        cells.append(f"{error}" if error else f"{seconds * 1000:.0f} ms ({options['candidateCount']} candidates)")
    print(f"| {centre['name']} | " + " | ".join(cells) + " |")

print("\n| consortiumPlan | purpose | limit 1 | limit 2 |")
print("| --- | --- | ---: | ---: |")
for kind in KINDS:
    for purpose in PURPOSES:
        cells = []
        for limit in LIMITS:
            seconds, error, answer = timed(PLAN, {"input": {"kind": kind, "purpose": purpose, "maxConsortiaPerOrganisation": limit}})
            if error:
                cells.append(error)
                continue
            plan = answer["data"]["consortiumPlan"]
            o = plan["objective"]
            cells.append(f"{seconds * 1000:.0f} ms ({len(plan['consortia'])} formed; {o['coveredCategories']} categories, {o['members']} members, {o['wardPairs']} ward pairs)")
        print(f"| {kind} | {purpose} | " + " | ".join(cells) + " |")

if table:
    print("\n### The best consortium of each kind per centre (lead marked ★; uncovered categories after the semicolon)\n")
    print("| centre | " + " | ".join(KINDS) + " |")
    print("| --- | " + " | ".join("---" for _ in KINDS) + " |")
    for centre in centres:
        cells = []
        for kind in KINDS:
            options = best[(centre["id"], kind)]
            if not options.get("alternatives"):
                cells.append("none: " + (options.get("noConsortiumReason") or "no answer"))
                continue
            alternative = options["alternatives"][0]
            members = ", ".join(("★ " if m["role"] == "LEAD" else "") + f"{m['organisation']['name']} ({' '.join(m['coveredCategories'])})"
                                for m in alternative["members"])
            uncovered = ", ".join(u["category"] for u in alternative["uncoveredCategories"]) or "none"
            cells.append(f"{members}; uncovered: {uncovered}")
        print(f"| {centre['name']} | " + " | ".join(cells) + " |")
