#!/usr/bin/env bash
# Full-text search latency on about 10,000 services, on both engines (issue 13):
#   tests/load/search.sh [--duration SECONDS] [--port N] [--organisations N]
# Generates a dataset (4,600 organisations give about 10,000 services), publishes the API in Release and, for SQLite
# then PostgreSQL, seeds a fresh database, then sends each search below alone on one connection (latency, not
# throughput) with wrk:  { services(search: TERM, first: 20) { nodes { id name provider { id name } } } }
# Prints p50 and p99 per term and engine, the number of hits, the server's CPU time per request, and on PostgreSQL
# the plan the server's own statement ran with (auto_explain), to show the GIN index is used and no LIKE is involved.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=8 port=5201 organisations=4600
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift ;;
    --port) port="$2"; shift ;;
    --organisations) organisations="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
terms=("stay and play" "breastfeeding" "domestic abuse" "parenting course -online" "family support" "chatter rhyme")

work="$(mktemp -d /tmp/vcsdirectory-search.XXXXXX)"
pg="$(mktemp -d /tmp/vcsdirectory-search-pg.XXXXXX)"
server=""
stop_server() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true; server=""; }
cleanup() { stop_server; .ci/postgres stop "$pg" || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish api -c Release -o "$work/bin" -v quiet -nologo >/dev/null
dotnet run --project seed -c Release -- --organisations "$organisations" --needs 200 --out "$work/dataset.json" >/dev/null
services=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["services"]))' "$work/dataset.json")
postgres="$(.ci/postgres start "$pg")"
url="http://127.0.0.1:$port"

for i in "${!terms[@]}"; do
  python3 - "${terms[$i]}" "$work/term$i" <<'PY'
import json, sys
term, out = sys.argv[1], sys.argv[2]
body = json.dumps({"query": "query($q: String!) { services(search: $q, first: 20) { totalCount nodes { id name provider { id name } } } }", "variables": {"q": term}})
open(out + ".json", "w").write(body)
open(out + ".lua", "w").write('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [==[%s]==]\n' % body)
PY
done

start_server() { # $1 provider, $2 connection string
  ASPNETCORE_ENVIRONMENT=Production "$work/bin/VcsDirectory.Api" --urls "$url" \
    --Database:Provider="$1" --ConnectionStrings:Directory="$2" --Seed:Dataset="$work/dataset.json" \
    --RateLimits:AnonymousPerWindow=1000000000 --Logging:LogLevel:Default=Warning >>"$work/server-$1.log" 2>&1 &
  server=$!
  for _ in $(seq 1 3000); do curl -sf "$url/graphql?query=%7B__typename%7D" >/dev/null && return; sleep 0.2; done
  echo "the API did not start on $1: see $work/server-$1.log" >&2; exit 1
}

for provider in Sqlite Postgres; do
  if [ "$provider" = Postgres ]; then
    connection="$(echo "$postgres" | sed 's/Database=postgres/Database=vcsdirectory_search/')"
  else
    connection="Data Source=$work/search.db"
  fi
  start_server "$provider" "$connection"   # the first start applies the migrations and seeds
  seeded=$(curl -s "$url/graphql" -H 'content-type: application/json' -d '{"query":"{ services(first: 1) { totalCount } }"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["services"]["totalCount"])')
  echo "$seeded" >"$work/$provider.count"
  for i in "${!terms[@]}"; do
    args=(-t1 -c1 --latency --timeout 60s -s "$work/term$i.lua")
    wrk "${args[@]}" -d2s "$url/graphql" >/dev/null   # warm-up
    awk '{print $14 + $15}' "/proc/$server/stat" >"$work/$provider.$i.cpu"
    wrk "${args[@]}" "-d${duration}s" "$url/graphql" >"$work/$provider.$i.txt"
    awk '{print $14 + $15}' "/proc/$server/stat" >>"$work/$provider.$i.cpu"
    curl -s "$url/graphql" -H 'content-type: application/json' --data-binary "@$work/term$i.json" >"$work/$provider.$i.answer"
  done
  stop_server
done

# The plans PostgreSQL ran the server's own search statements with: auto_explain on new connections, one request a term.
psql "postgresql://postgres@$(echo "$postgres" | sed -E 's/.*Host=([^;]+);Port=([0-9]+).*/\1:\2/')/vcsdirectory_search" -q \
  -c "ALTER DATABASE vcsdirectory_search SET session_preload_libraries = 'auto_explain'" \
  -c "ALTER DATABASE vcsdirectory_search SET auto_explain.log_min_duration = 0" \
  -c "ALTER DATABASE vcsdirectory_search SET auto_explain.log_analyze = on"
start_server Postgres "$connection"
offset=$(stat -c %s "$pg/log")
for i in "${!terms[@]}"; do curl -s -o /dev/null "$url/graphql" -H 'content-type: application/json' --data-binary "@$work/term$i.json"; done
stop_server
tail -c +"$((offset + 1))" "$pg/log" >"$work/plans.log"

python3 - "$work" "$duration" "$(getconf CLK_TCK)" "$services" "${terms[@]}" <<'PY'
import json, re, sys
work, duration, ticks, services, terms = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5:]
def ms(text):
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
print(f"Dataset: {services} services generated; one connection, {duration}s per search after a 2 s warm-up, Release build")
print(f"{'engine':<10}{'search':<28}{'hits':>7}{'p50 ms':>9}{'p99 ms':>9}{'CPU ms/req':>12}{'requests':>10}")
for provider in ("Sqlite", "Postgres"):
    print(f"{provider}: {open(f'{work}/{provider}.count').read().strip()} services in the database")
    medians = []
    for i, term in enumerate(terms):
        text = open(f"{work}/{provider}.{i}.txt").read()
        p50, p99 = (ms(re.search(rf"^\s+{p}%\s+(\S+)", text, re.M).group(1)) for p in (50, 99))
        requests = int(re.search(r"^\s+(\d+) requests in", text, re.M).group(1))
        before, after = map(float, open(f"{work}/{provider}.{i}.cpu").read().split())
        answer = json.load(open(f"{work}/{provider}.{i}.answer"))
        hits = answer["data"]["services"]["totalCount"] if answer.get("data") else "error"
        medians.append(p50)
        print(f"{'':<10}{term:<28}{hits:>7}{p50:>9.2f}{p99:>9.2f}{(after - before) * 1000 / ticks / max(requests, 1):>12.2f}{requests:>10}")
    medians.sort()
    print(f"{'':<10}{'median of the p50s':<28}{'':>7}{medians[len(medians) // 2]:>9.2f}")
plans = open(f"{work}/plans.log", errors="replace").read()
searches = [p for p in re.split(r"(?=LOG:)", plans) if "websearch_to_tsquery" in p]
print(f"PostgreSQL plans of the search statements ({len(searches)}): index scans used")
for line in sorted({m.strip() for p in searches for m in re.findall(r"(Bitmap Index Scan on \S+|Index Scan using \S+ on \S+|Seq Scan on \S+)", p)}):
    print("  " + line)
print("  LIKE in a search statement: " + ("yes" if any(re.search(r"\bLIKE\b", p, re.I) for p in searches) else "no"))
print("Load average (1, 5, 15 min): " + " ".join(open("/proc/loadavg").read().split()[:3]))
open(f"{work}/plans.txt", "w").write("\n".join(searches))
PY
cp "$work/plans.log" /tmp/vcsdirectory-search-plans.log 2>/dev/null || true
