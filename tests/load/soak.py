#!/usr/bin/env python3
"""The soak's client: mixed reads and versioned edits through several API instances, in threads, for a bounded time.
Prints 5xx count, acknowledged edits, and lost updates (the version sum's growth minus the acknowledged edits)."""
import base64, hashlib, hmac, json, random, sys, threading, time, urllib.error, urllib.request

urls, seconds, connections, key = sys.argv[1].split(","), float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]

def b64(data): return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

def token():
    header = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    now = int(time.time())
    claims = b64(json.dumps({"sub": "soak", "role": "cvs-staff", "iss": "soak", "aud": "vcsdirectory", "nbf": now - 60, "iat": now - 60, "exp": now + 3600}).encode())
    signature = hmac.new(base64.b64decode(key), f"{header}.{claims}".encode(), hashlib.sha256).digest()
    return f"{header}.{claims}.{b64(signature)}"

TOKEN = token()

def post(url, query, variables=None):
    request = urllib.request.Request(url + "/graphql", json.dumps({"query": query, "variables": variables}).encode(),
                                     {"content-type": "application/json", "authorization": "Bearer " + TOKEN})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, None

def versions(url):
    found, after = {}, None
    while True:
        status, body = post(url, "query($after: String) { organisations(first: 100, after: $after) { nodes { id version } pageInfo { hasNextPage endCursor } } }", {"after": after})
        page = body["data"]["organisations"]
        found.update({n["id"]: n["version"] for n in page["nodes"]})
        if not page["pageInfo"]["hasNextPage"]:
            return found
        after = page["pageInfo"]["endCursor"]

READ = "{ organisations(first: 20, where: { sizeBand: { in: [SMALL, MEDIUM] } }) { totalCount nodes { name staffCount needs { priority area { code } } wards { nodes { name } } } } }"
EDIT = "mutation($i: UpdateOrganisationProfileInput!) { updateOrganisationProfile(input: $i) { organisation { version } userErrors { code } } }"
READ_ONE = "query($id: ID!) { node(id: $id) { ... on Organisation { version staffCount } } }"

before = versions(urls[0])
ids = sorted(before)
lock = threading.Lock()
totals = {"requests": 0, "5xx": 0, "acknowledged": 0, "stale": 0, "other": 0}
samples = []
deadline = time.time() + seconds

def count(name, n=1):
    with lock:
        totals[name] += n

def worker(index):
    rng = random.Random(index)
    while time.time() < deadline:
        url = urls[rng.randrange(len(urls))]
        if rng.random() < 0.7:
            status, _ = post(url, READ)
        else:
            org = rng.choice(ids)
            status, body = post(url, READ_ONE, {"id": org})
            count("requests")
            if status >= 500:
                count("5xx")
                continue
            if not body or not body.get("data"):
                count("other")
                samples.append(json.dumps(body)[:300])
                continue
            node = body["data"]["node"]
            # Always a change (an edit that changes nothing need not bump the version), always in range.
            staff = node["staffCount"] + 1 if node["staffCount"] < 500 else node["staffCount"] - 1
            status, body = post(url, EDIT, {"i": {"id": org, "version": node["version"], "staffCount": staff}})
            if status < 500 and body and body.get("data") and body["data"]["updateOrganisationProfile"]:
                errors = body["data"]["updateOrganisationProfile"]["userErrors"]
                count("acknowledged" if not errors else ("stale" if errors[0]["code"] == "STALE" else "other"))
                if errors and errors[0]["code"] != "STALE":
                    samples.append(json.dumps(errors)[:300])
            elif status < 500:
                count("other")
                samples.append(json.dumps(body)[:300])
        count("requests")
        if status >= 500:
            count("5xx")

threads = [threading.Thread(target=worker, args=(i,)) for i in range(connections)]
for thread in threads: thread.start()
for thread in threads: thread.join()
after = versions(urls[-1])
grown = sum(after.values()) - sum(before.values())
for sample in samples[:3]:
    print("unexpected answer:", sample, file=sys.stderr)
print(json.dumps({**totals, "versionSumGrowth": grown, "lostUpdates": totals["acknowledged"] - grown}))
