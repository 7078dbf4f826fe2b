#!/usr/bin/env bash
# Benchmark (not a test): p50/p90/p99 of the dashboard and assess endpoints on the illustrative
# dataset at 50 concurrent clients, with wrk (Debian package) on loopback. Starts its own server
# on a fresh H2 database, logs in once (session cookie, as a browser does), warms up, measures,
# stops the server. Bounded: 2 x (10 s warm-up + DURATION) of load.
#   kizuna-server/bench/dashboard-load.sh [CONNECTIONS=50] [DURATION=20s] [PORT=18199]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
connections="${1:-50}"
duration="${2:-20s}"
port="${3:-18199}"
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 3; }
data="$(mktemp -d)"
cookies="$data/cookies"
KIZUNA_DATA_DIR="$data" "$root/kizuna" serve --port "$port" --server.address=127.0.0.1 >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 180); do
  grep -q "Kizuna is running" "$data/server.log" && break
  sleep 1
done
grep -q "Kizuna is running" "$data/server.log" || { cat "$data/server.log" >&2; exit 1; }
base="http://127.0.0.1:$port"
curl -s -c "$cookies" -b "$cookies" -o /dev/null "$base/login.html"
token="$(awk '/XSRF-TOKEN/{print $7}' "$cookies")"
curl -s -c "$cookies" -b "$cookies" -o /dev/null -d "username=viewer&password=viewer-dev&_csrf=$token" "$base/login"
session="$(awk '/JSESSIONID/{print $7}' "$cookies")"
echo "cores: $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg); $(grep -o 'using Java [0-9.]*' "$data/server.log" | head -1)"
for endpoint in dashboard assess; do
  url="$base/api/versions/latest/$endpoint"
  wrk -t2 -c"$connections" -d10s -H "Cookie: JSESSIONID=$session" "$url" >/dev/null
  echo "== GET /api/versions/latest/$endpoint, $connections connections, $duration"
  wrk -t2 -c"$connections" -d"$duration" --latency -H "Cookie: JSESSIONID=$session" "$url" \
    | grep -E "Latency|^ +(50|75|90|99)%|Requests/sec|Non-2xx|errors"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
