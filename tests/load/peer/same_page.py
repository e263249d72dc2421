"""Checks that PostGraphile's directory page (tests/load/peer/directory-page.graphql) answers the same 50
organisations with the same nested data as ours, allowing for the differences that query states: size bands come
back as the stored integers (checked to map one to one onto our names), wards and service categories come back
wrapped in their join rows and in the join table's key order (compared as sorted lists).
    python3 tests/load/peer/same_page.py OURS.json PEERS.json"""
import json
import sys

answers = [json.load(open(path)) for path in sys.argv[1:3]]
for answer in answers:
    assert "errors" not in answer, answer["errors"]
ours, peers = (answer["data"]["organisations"]["nodes"] for answer in answers)


def our_shape(o):
    return {
        "name": o["name"],
        "capacities": [(c["strength"], c["area"]["code"]) for c in o["capacities"]],
        "needs": [(n["priority"], n["area"]["code"]) for n in o["needs"]],
        "wards": sorted(w["name"] for w in o["wards"]["nodes"]),
        "services": sorted(s["code"] for s in o["serviceCategories"]["nodes"]),
    }


def peer_shape(o):
    return {
        "name": o["name"],
        "capacities": [(c["strength"], c["area"]["code"]) for c in o["capacities"]],
        "needs": [(n["priority"], n["area"]["code"]) for n in o["needs"]],
        "wards": sorted(w["ward"]["name"] for w in o["wards"]["nodes"]),
        "services": sorted(s["category"]["code"] for s in o["services"]["nodes"]),
    }


assert len(ours) == 50 and len(peers) == 50, f"expected 50 organisations each, got {len(ours)} and {len(peers)}"
for mine, theirs in zip(ours, peers):
    assert our_shape(mine) == peer_shape(theirs), f"the peer answers {peer_shape(theirs)} for {our_shape(mine)}"
bands = {(p["sizeBand"], o["sizeBand"]) for o, p in zip(ours, peers)}
assert len({stored for stored, _ in bands}) == len(bands) == len({name for _, name in bands}), \
    f"size bands do not map one to one: {sorted(bands)}"
nested = sum(len(o["capacities"]) + len(o["needs"]) + len(o["wards"]["nodes"]) + len(o["serviceCategories"]["nodes"]) for o in ours)
print(f"PostGraphile answers the same 50 organisations and {nested} nested items")
