#!/usr/bin/env bash
# Consortium timings on loopback: the API in Release on a fresh SQLite file, timed by tests/load/consortia.py.
#   tests/load/consortia.sh [--organisations N] [--needs N] [--dataset FILE] [--repeat N] [--port N] [--demo-only]
# First the demo data (seed/data/poole-demo.json), with the table of each centre's best consortium of each kind;
# then a generated dataset (10,000 organisations and 20,000 needs by default, or --dataset FILE from the seed CLI).
# Times are per request as the client sees them (data loading included): compare them on the same machine only.
set -euo pipefail
cd "$(dirname "$0")/../.."
organisations=10000 needs=20000 dataset="" repeat=3 port=5098 demo_only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --organisations) organisations="$2"; shift ;;
    --needs) needs="$2"; shift ;;
    --dataset) dataset="$2"; shift ;;
    --repeat) repeat="$2"; shift ;;
    --port) port="$2"; shift ;;
    --demo-only) demo_only=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

work="$(mktemp -d /tmp/vcsdirectory-consortia.XXXXXX)"
server=""
stop_server() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true; server=""; }
cleanup() { stop_server; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish api -c Release -o "$work/bin" -v quiet -nologo >/dev/null
key=$(python3 -c 'import base64; print(base64.b64encode(b"the consortia timing signing key, loopback only, 256+ bits").decode())')

run() { # $1 dataset, $2 label, $3 extra arguments for the client
  rm -f "$work"/timing.db*
  ASPNETCORE_ENVIRONMENT=Production "$work/bin/VcsDirectory.Api" --urls "http://127.0.0.1:$port" \
    --ConnectionStrings:Directory="Data Source=$work/timing.db" --Seed:Dataset="$1" \
    --Authentication:Schemes:Bearer:ValidIssuer=consortia --Authentication:Schemes:Bearer:ValidAudiences:0=vcsdirectory \
    --Authentication:Schemes:Bearer:SigningKeys:0:Issuer=consortia --Authentication:Schemes:Bearer:SigningKeys:0:Value="$key" \
    --RateLimits:AnonymousPerWindow=1000000000 --RateLimits:AuthenticatedPerWindow=1000000000 \
    --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
  server=$!
  # A large dataset is imported on the first start: allow it up to 20 minutes.
  for _ in $(seq 1 6000); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.2; done
  curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "the API did not become ready" >&2; cat "$work/server.log" >&2; exit 1; }
  python3 -u tests/load/consortia.py "http://127.0.0.1:$port" "$key" "$repeat" "$2" $3
  stop_server
}

echo "# Consortium timings ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start)"
run "$PWD/seed/data/poole-demo.json" "demo" --table
[ -n "$demo_only" ] && exit 0
if [ -z "$dataset" ]; then
  dotnet run --project seed -c Release -- --organisations "$organisations" --needs "$needs" --out "$work/dataset.json" >/dev/null
  dataset="$work/dataset.json"
fi
run "$dataset" "generated ($(basename "$dataset"))" ""
