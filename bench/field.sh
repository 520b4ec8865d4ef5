#!/usr/bin/env bash
# The field pages under load, next to their floor in the same run:
#   1. wrk at RATE requests/s (default 500) for DURATION seconds against the alert page through
#      nginx, next to nginx serving a static file of the same size (the floor) and dutyd's
#      smallest route, /healthz, through the same proxy (the floor of anything dutyd serves);
#   2. wrk at RATE against the 确认收到 POST, each request acknowledging a different alert with
#      its page's own anti-forgery token;
#   3. link to acknowledged: opening the link and tapping 确认收到 (GET + POST through nginx),
#      one alert after another, LATENCY_ALERTS times.
#
#   bench/field.sh          # from the repository root; needs nginx, wrk, curl, python3
#
# BIN (default .build/release, built if dutyd is missing) holds dutyd and dutyctl; WORK (default
# /var/tmp/dutyd-bench/field) the state, logs and wrk output. wrk keeps the rate by waiting
# between requests (10 connections, one every 10×1000/RATE ms each); latency excludes the wait.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-/var/tmp/dutyd-bench/field}
BIN=${BIN:-$PWD/.build/release}
RATE=${RATE:-500}
DURATION=${DURATION:-15}
LATENCY_ALERTS=${LATENCY_ALERTS:-300}
CONNECTIONS=10
[ -x "$BIN/dutyd" ] || swift build -c release --product dutyd >&2
[ -x "$BIN/dutyctl" ] || swift build -c release --product dutyctl >&2
rm -rf "$WORK"
mkdir -p "$WORK/nginx"
cp -R config "$WORK/config"
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
WEB=$(port)
NGINX=$(port)
cat >>"$WORK/config/dutyd.toml" <<TOML

[web]
listen = "127.0.0.1:$WEB"
public_url = "http://127.0.0.1:$NGINX"
trusted_proxies = ["127.0.0.1"]
token_requests_per_minute = 100000
address_requests_per_minute = 1000000
TOML
ctl() { "$BIN/dutyctl" --socket "$WORK/control" "$@"; }
"$BIN/dutyd" --config "$WORK/config/dutyd.toml" --state-directory "$WORK/state" --socket "$WORK/control" \
    --log-target console --log-level warning 2>"$WORK/dutyd.log" &
DUTYD=$!
sed "s|@PREFIX@|$WORK/nginx|g; s|@LISTEN@|127.0.0.1:$NGINX|; s|@UPSTREAM@|127.0.0.1:$WEB|" deploy/nginx/dutyd-loopback.conf >"$WORK/nginx/nginx.conf"
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
NGINXPID=$!
trap 'kill $DUTYD $NGINXPID 2>/dev/null; wait 2>/dev/null' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$WEB/healthz" >/dev/null && break; sleep 0.1; done
ACKS=$((RATE * DURATION))
# Alert 1 is the page under load; 2..ACKS+1 are acknowledged by the POST run; then the latency run's.
TOTAL=$((1 + ACKS + LATENCY_ALERTS))
seq "$TOTAL" | xargs -P 4 -I{} "$BIN/dutyctl" --socket "$WORK/control" report --unit ls-ez --summary "压力测试事件{}" >/dev/null
# Links to alerts FIRST..LAST for 马丽娟, issued as a clerk issues them: the token of each, a line each.
issue() { seq "$1" "$2" | xargs -P 4 -I{} "$BIN/dutyctl" --socket "$WORK/control" links issue ez-ma alert {} | sed -n 's|^http.*/a/||p'; }
PAGE=$(issue 1 1)
curl -s "http://127.0.0.1:$NGINX/a/$PAGE" >"$WORK/nginx/static.html"
SIZE=$(stat -c %s "$WORK/nginx/static.html")
issue 2 $((ACKS + 1)) >"$WORK/links"
issue $((ACKS + 2)) "$TOTAL" >"$WORK/latency-links"
python3 bench/field-client.py forms "http://127.0.0.1:$NGINX" "$WORK/links" >"$WORK/forms"

cat >"$WORK/paced.lua" <<LUA
function delay() return $((CONNECTIONS * 1000 / RATE)) end
LUA
cat >"$WORK/acknowledge.lua" <<LUA
local lines = {}
for line in io.lines("$WORK/forms") do lines[#lines + 1] = line end
local counter = 0
function delay() return $((CONNECTIONS * 1000 / RATE)) end
function request()
  counter = counter + 1
  local token, form = lines[(counter - 1) % #lines + 1]:match("(%S+) (%S+)")
  return wrk.format("POST", "/a/" .. token .. "/acknowledge", {["Content-Type"] = "application/x-www-form-urlencoded"}, "form=" .. form)
end
LUA
run_wrk() { wrk -t 1 -c "$CONNECTIONS" -d "${DURATION}s" --latency -s "$1" "$2" >"$WORK/$3.txt"; }
run_wrk "$WORK/paced.lua" "http://127.0.0.1:$NGINX/static.html" static
run_wrk "$WORK/paced.lua" "http://127.0.0.1:$NGINX/healthz" healthz
run_wrk "$WORK/paced.lua" "http://127.0.0.1:$NGINX/a/$PAGE" page
run_wrk "$WORK/acknowledge.lua" "http://127.0.0.1:$NGINX" acknowledge
ACKNOWLEDGED=$(ctl alerts --state acknowledged --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["alerts"]))')
read -r N P50 P99 MAX < <(python3 bench/field-client.py latency "http://127.0.0.1:$NGINX" "$WORK/latency-links")

row() {
    python3 - "$WORK/$1.txt" "$2" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    found = re.search(r"^\s*" + label + r"\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    value, unit = float(found.group(1)), found.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
rate = re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(f"| {sys.argv[2]} | {float(rate):.0f} | {ms('50%'):.2f} | {ms('99%'):.2f} | {bad.group(1) if bad else 0} |")
PY
}
echo "Field pages through nginx on loopback, $RATE requests/s for ${DURATION}s each, $CONNECTIONS connections (wrk), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)"
echo
echo "| target | requests/s | p50 ms | p99 ms | non-2xx/3xx |"
echo "| --- | --- | --- | --- | --- |"
row static "nginx: static file of the alert page's size ($SIZE bytes)"
row healthz "dutyd: /healthz through nginx (its smallest route: \"ok\")"
row page "dutyd: alert page (GET /a/TOKEN)"
row acknowledge "dutyd: 确认收到 (POST /a/TOKEN/acknowledge, a different alert each)"
echo
echo "Alerts acknowledged by the POST run: $ACKNOWLEDGED of $ACKS sent."
echo
echo "| link to acknowledged (GET page + POST 确认收到, one at a time) | alerts | p50 ms | p99 ms | max ms |"
echo "| --- | --- | --- | --- | --- |"
echo "| through nginx | $N | $P50 | $P99 | $MAX |"
