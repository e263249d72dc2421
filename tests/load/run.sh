#!/usr/bin/env bash
# Load test on loopback: the API in Release on a seeded database, measured with wrk (bounded in time).
#   tests/load/run.sh [--postgres] [--organisations N] [--duration SECONDS] [--rounds N] [--connections N] [--port N]
#   tests/load/run.sh --scale [--postgres] [--duration SECONDS] [--port N]   (see tests/load/scale.sh)
#   EXTRA="--Some:Setting=value" tests/load/run.sh   (extra server settings, e.g. --GraphQL:Limits:DocumentCacheCharacters=0)
# Scenarios: (1) a representative directory query through /graphql (50 organisations with capacities, needs,
# wards and services); (2) the same data as the same JSON from a hand-written endpoint over the same DbContext
# (the baseline; tests/load/VcsDirectory.LoadHost is the API plus that endpoint, never deployed); (3) { __typename },
# the floor of the GraphQL pipeline. Each is warmed up, then measured in
# rounds taken in turn; prints each one's median round (req/s, p50/p99), the ratios GraphQL/baseline and
# floor/baseline of the medians (and round by round), and the server's RSS after the load.
# wrk and the server share this machine's cores: compare ratios, not absolute figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
provider=Sqlite organisations=150 duration=6 rounds=3 connections=16 port=5097 scale=""
while [ $# -gt 0 ]; do
  case "$1" in
    --postgres) provider=Postgres ;;
    --organisations) organisations="$2"; shift ;;
    --duration) duration="$2"; shift ;;
    --rounds) rounds="$2"; shift ;;
    --connections) connections="$2"; shift ;;
    --port) port="$2"; shift ;;
    --scale) scale=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk >/dev/null)
if [ -n "$scale" ]; then
  exec tests/load/scale.sh "$provider" "$duration" "$port"
fi

work="$(mktemp -d /tmp/vcsdirectory-load.XXXXXX)"
pg="$(mktemp -d /tmp/vcsdirectory-load-pg.XXXXXX)"   # apart from $work: the postgres user must reach it
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  .ci/postgres stop "$pg" || true
  rm -rf "$work"
}
trap cleanup EXIT

dotnet publish tests/load/VcsDirectory.LoadHost -c Release -o "$work/bin" -v quiet -nologo >/dev/null
dataset="$PWD/seed/data/poole-demo.json"
if [ "$organisations" != 150 ]; then
  dotnet run --project seed -c Release -- --organisations "$organisations" --out "$work/dataset.json" >/dev/null
  dataset="$work/dataset.json"
fi
if [ "$provider" = Postgres ]; then
  connection="$(.ci/postgres start "$pg" | sed 's/Database=postgres/Database=vcsdirectory_load/')"
else
  connection="Data Source=$work/load.db"
fi

ASPNETCORE_ENVIRONMENT=Production dotnet "$work/bin/VcsDirectory.LoadHost.dll" --urls "http://127.0.0.1:$port" \
  --Database:Provider="$provider" --ConnectionStrings:Directory="$connection" --Seed:Dataset="$dataset" \
  --RateLimits:AnonymousPerWindow=1000000000 \
  --Logging:LogLevel:Default=Warning ${EXTRA:-} >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/graphql?query=%7B__typename%7D" >/dev/null && break; sleep 0.2; done

query='{ organisations(first: 50) { nodes { name sizeBand capacities { strength area { code } } needs { priority area { code } } wards { nodes { name } } serviceCategories { nodes { code } } } } }'
body=$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$query")
# The baseline must answer the same data, or the ratio means nothing.
curl -sf "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' -d "$body" >"$work/graphql.json"
curl -sf "http://127.0.0.1:$port/baseline/organisations" >"$work/baseline.json"
python3 - "$work/graphql.json" "$work/baseline.json" <<'PY'
import json, sys
a, b = (json.load(open(p))["data"] for p in sys.argv[1:3])
assert a == b, "the baseline does not answer the same data as the GraphQL query"
PY

post_script() { # $1 body → a wrk Lua script posting it
  printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [==[%s]==]\n' "$1" >"$work/$2.lua"
}
post_script "$body" directory
post_script '{"query":"{ __typename }"}' floor

rps_of() { awk '/Requests\/sec/ {print $2}' "$1"; }

# Warm-up until the JIT has settled: .NET compiles hot code again, optimised, only after it has run for a
# while (tiered compilation), and the GraphQL pipeline has far more code than the baseline; the rate can sit
# on a plateau for a round or two before it climbs. At least five three-second rounds, then until two in a row
# agree within 5% (at most 15 rounds); the first round is printed as the cold figure.
warm_up() { # $1 name, then wrk arguments
  local name="$1" previous=0 current rounds=0 cold=""
  shift
  while [ "$rounds" -lt 15 ]; do
    wrk "$@" >"$work/warm.txt"
    current=$(rps_of "$work/warm.txt")
    rounds=$((rounds + 1))
    [ -z "$cold" ] && cold="$current"
    [ "$rounds" -ge 5 ] && python3 -c 'import sys; a, b = map(float, sys.argv[1:]); sys.exit(0 if b > 0 and abs(a - b) / b < 0.05 else 1)' "$current" "$previous" && break
    previous="$current"
  done
  echo "$name: cold $cold req/s, warm after $rounds rounds of 3 s" >>"$work/warm-up.txt"
}

wrk_args() { # $1 script or "", $2 seconds → the wrk arguments of a scenario
  local args=(-t2 "-c$connections" "-d$2s" --latency)
  [ -n "$1" ] && args+=(-s "$work/$1.lua")
  printf '%s\n' "${args[@]}"
}

# The three scenarios: name | path | wrk script ("" for a GET)
scenarios=("graphql directory page|/graphql|directory" "baseline directory page|/baseline/organisations|" "graphql { __typename }|/graphql|floor")

echo "Engine: $provider; organisations: $organisations; $connections connections; $rounds rounds of ${duration}s per scenario, taken in turn; $(nproc) cores shared by wrk and the server"
for scenario in "${scenarios[@]}"; do
  IFS='|' read -r name path script <<<"$scenario"
  mapfile -t args < <(wrk_args "$script" 3)
  warm_up "$name" "${args[@]}" "http://127.0.0.1:$port$path"
done
# Rounds in turn, not one long run each: a slow spell on this shared machine then touches every scenario alike.
for round in $(seq 1 "$rounds"); do
  for scenario in "${scenarios[@]}"; do
    IFS='|' read -r name path script <<<"$scenario"
    mapfile -t args < <(wrk_args "$script" "$duration")
    wrk "${args[@]}" "http://127.0.0.1:$port$path" >"$work/$name.$round.txt"
  done
done
python3 - "$work" "$rounds" "${scenarios[@]}" <<'PY'
import re, statistics, sys
work, rounds, scenarios = sys.argv[1], int(sys.argv[2]), [s.split("|")[0] for s in sys.argv[3:]]
def read(name, r):
    text = open(f"{work}/{name}.{r}.txt").read()
    value = lambda pattern: re.search(pattern, text, re.M).group(1)
    return float(value(r"^Requests/sec:\s+([\d.]+)")), value(r"^\s+50%\s+(\S+)"), value(r"^\s+99%\s+(\S+)")
runs = {n: [read(n, r) for r in range(1, rounds + 1)] for n in scenarios}
median = {}
for n in scenarios:
    ordered = sorted(runs[n])
    rps, p50, p99 = ordered[len(ordered) // 2]
    median[n] = rps
    low, high = ordered[0][0], ordered[-1][0]
    print(f"{n:<28} {rps:10.2f} req/s (rounds {low:.0f}-{high:.0f})   p50 {p50:>8}   p99 {p99:>8}")
g, b, f = (median[n] for n in scenarios)
per_round = [runs[scenarios[0]][r][0] / runs[scenarios[1]][r][0] for r in range(rounds)]
print(f"GraphQL/baseline: {g / b:.2f} (median of each; round by round {min(per_round):.2f}-{max(per_round):.2f})   floor/baseline: {f / b:.2f}")
PY
cat "$work/warm-up.txt"
echo "Server RSS after the load: $(awk '/VmRSS/ {printf "%.0f MiB", $2 / 1024}' /proc/$server/status)"
