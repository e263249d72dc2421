#!/usr/bin/env bash
# Soak on loopback: two API instances (Release) on one throwaway PostgreSQL, 32 client connections of mixed reads
# (70 %) and versioned edits as CVS staff (30 %) spread over both, for a bounded time (default 60 s).
#   tests/load/soak.sh [--duration SECONDS] [--connections N] [--port FIRST_PORT]
# Prints: requests, 5xx, acknowledged/stale edits, lost updates (acknowledged edits minus the growth of the sum of
# versions: 0 when nothing acknowledged is lost) and each instance's RSS at the start and the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=60 connections=32 port=5131
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift ;;
    --connections) connections="$2"; shift ;;
    --port) port="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
work="$(mktemp -d /tmp/vcsdirectory-soak.XXXXXX)"
pg="$(mktemp -d /tmp/vcsdirectory-soak-pg.XXXXXX)"
servers=()
cleanup() {
  for s in "${servers[@]}"; do kill "$s" 2>/dev/null && wait "$s" 2>/dev/null || true; done
  .ci/postgres stop "$pg" || true
  mkdir -p /tmp/vcsdirectory-soak-logs && cp "$work"/server-*.log /tmp/vcsdirectory-soak-logs/ 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

dotnet publish api -c Release -o "$work/bin" -v quiet -nologo >/dev/null
server="$(.ci/postgres start "$pg")"
# Created here, so the first instance's migration does not log EF's "database does not exist" probe as an error
# and the error count below means something.
psql -q -h 127.0.0.1 -p "$(sed 's/.*Port=\([0-9]*\).*/\1/' <<<"$server")" -U postgres -c 'CREATE DATABASE vcsdirectory_soak' postgres
connection="$(sed 's/Database=postgres/Database=vcsdirectory_soak/' <<<"$server")"
key=$(python3 -c 'import base64; print(base64.b64encode(b"the soak signing key, at least 256 bits long, loopback only").decode())')
start_instance() {
  ASPNETCORE_ENVIRONMENT=Production "$work/bin/VcsDirectory.Api" --urls "http://127.0.0.1:$1" \
    --Database:Provider=Postgres --ConnectionStrings:Directory="$connection" \
    --Authentication:Schemes:Bearer:ValidIssuer=soak --Authentication:Schemes:Bearer:ValidAudiences:0=vcsdirectory \
    --Authentication:Schemes:Bearer:SigningKeys:0:Issuer=soak --Authentication:Schemes:Bearer:SigningKeys:0:Value="$key" \
    --RateLimits:AnonymousPerWindow=1000000000 --RateLimits:AuthenticatedPerWindow=1000000000 \
    --Logging:LogLevel:Default=Warning >"$work/server-$1.log" 2>&1 &
  servers+=($!)
  for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$1/health/ready" >/dev/null && return; sleep 0.2; done
  echo "instance on $1 did not become ready" >&2; cat "$work/server-$1.log" >&2; exit 1
}
start_instance "$port"            # migrates and seeds
start_instance "$((port + 1))"
rss() { for s in "${servers[@]}"; do echo -n "$(( $(ps -o rss= -p "$s") / 1024 )) MB "; done; }
echo "RSS at start: $(rss)"
python3 tests/load/soak.py "http://127.0.0.1:$port,http://127.0.0.1:$((port + 1))" "$duration" "$connections" "$key"
echo "RSS at end:   $(rss)"
echo "errors in the servers' logs: $(cat "$work"/server-*.log | grep -c 'fail:' || true) (kept in /tmp/vcsdirectory-soak-logs)"
