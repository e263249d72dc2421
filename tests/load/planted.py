#!/usr/bin/env python3
"""What detectNeedClusters (the defaults) finds against what was planted: the outreach clusters the dataset put its
needs in. Prints one JSON object: needs, planted (clusters), found (clusters), and the adjusted Rand index of the
found clustering against the planted one over every need, a need in no cluster counting as one group, as
seed/Planted/AdjustedRandIndex counts it: ari_keys by the needs' clusters alone, ari by grid cell as
seed/Planted/PlantedNeeds.Of plants them (a background need in a cell holding a cluster's needs is that cluster's,
as nothing stored tells them apart). Usage: planted.py BASE_URL"""
import json, sys, urllib.request
from collections import Counter

url = sys.argv[1] + "/graphql"


def post(query, variables=None):
    request = urllib.request.Request(url, json.dumps({"query": query, "variables": variables}).encode(),
                                     {"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=300) as response:
        answer = json.load(response)
    if answer.get("errors"):
        raise SystemExit(f"planted.py: {answer['errors'][0].get('message')}")
    return answer["data"]


def pages(query, variables, connection):
    """Every node of a connection, 100 at a time (the page limit)."""
    after = None
    while True:
        page = connection(post(query, {**variables, "after": after}))
        yield from page["nodes"]
        if not page["pageInfo"]["hasNextPage"]:
            return
        after = page["pageInfo"]["endCursor"]


def adjusted_rand_index(cells):
    pairs = lambda n: n * (n - 1) / 2
    rows, columns = Counter(), Counter()
    for (truth, found), n in cells.items():
        rows[truth] += n
        columns[found] += n
    total = sum(cells.values())
    index = sum(map(pairs, cells.values()))
    row_pairs, column_pairs = sum(map(pairs, rows.values())), sum(map(pairs, columns.values()))
    expected = row_pairs * column_pairs / pairs(total) if total >= 2 else 0
    maximum = (row_pairs + column_pairs) / 2
    return 1.0 if maximum == expected else (index - expected) / (maximum - expected)


def score(truth, found):
    cells = Counter((truth.get(need, 0), found.get(need, 0)) for need in locations)
    return adjusted_rand_index(cells)


locations = {node["id"]: (node["location"]["latitude"], node["location"]["longitude"]) for node in pages(
    "query($after: String) { identifiedNeeds(first: 100, after: $after) { pageInfo { hasNextPage endCursor } "
    "nodes { id location { latitude longitude } } } }", {}, lambda data: data["identifiedNeeds"])}
clusters = post("{ outreachClusters(first: 100) { nodes { id } } }")["outreachClusters"]["nodes"]
keys = {}
for number, cluster in enumerate(clusters, 1):
    query = ("query($id: ID!, $after: String) { node(id: $id) { ... on OutreachCluster { needs(first: 100, after: $after) "
             "{ pageInfo { hasNextPage endCursor } nodes { id } } } } }")
    keys.update((need["id"], number) for need in pages(query, {"id": cluster["id"]}, lambda data: data["node"]["needs"]))
counts = Counter((locations[need], number) for need, number in keys.items())
by_cell = {}
for (cell, number), n in sorted(counts.items(), key=lambda item: (-item[1], item[0][1])):
    by_cell.setdefault(cell, number)   # the cluster with the most needs in the cell, ties the first
cells = {need: by_cell[cell] for need, cell in locations.items() if cell in by_cell}
detected = post("{ detectNeedClusters { clusters { needIds } } }")["detectNeedClusters"]["clusters"]
found = {need: number for number, cluster in enumerate(detected, 1) for need in cluster["needIds"]}
print(json.dumps({"needs": len(locations), "planted": len(clusters), "found": len(detected),
                  "ari": score(cells, found), "ari_keys": score(keys, found)}))
