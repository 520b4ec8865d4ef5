#!/usr/bin/env bash
# `dutyctl alerts --json` and dutyd's resident memory on a province state that already exists
# (issue 9): restarts a release dutyd on it, lists the alerts three times, prints the figures.
#
#   swift build -c release --product dutyd && swift build -c release --product dutyctl
#   bench/province-listing.sh DATA STATE [BIN]
#
# DATA is a directory written by bench/generate-province.py; STATE a state directory in which a
# dutyd on DATA imported its ledger and raised the overdue alerts (bench/province.sh leaves one in
# $WORK/state-1). BIN holds dutyd and dutyctl (default .build/release). The listing of the last run
# is left in STATE/../alerts.json, to compare two builds with `cmp`.
set -euo pipefail
DATA=$1
STATE=$2
BIN=${3:-$(cd "$(dirname "$0")/.." && pwd)/.build/release}
OUT=$(dirname "$STATE")
SOCKET=$OUT/listing-control
ctl() { "$BIN/dutyctl" --socket "$SOCKET" "$@"; }
memory() { awk '$1 == "VmRSS:" || $1 == "VmHWM:" { printf "%s %.0f MiB  ", $1, $2 / 1024 }' "/proc/$DAEMON/status"; echo; }

rm -f "$SOCKET"
start=$(date +%s.%N)
"$BIN/dutyd" --config "$DATA/dutyd.toml" --state-directory "$STATE" --socket "$SOCKET" --log-target console --log-level info \
    >/dev/null 2>"$OUT/listing-dutyd.log" &
DAEMON=$!
trap 'kill $DAEMON 2>/dev/null || true' EXIT
until ctl status >/dev/null 2>&1; do sleep 0.2; done
echo "start-up: $(echo "$(date +%s.%N) - $start" | bc) s"
sleep 5
echo "dutyd after start-up: $(memory)"
for run in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$OUT/listing-time.txt" "$BIN/dutyctl" --socket "$SOCKET" alerts --json >"$OUT/alerts.json"
    read -r wall rss <"$OUT/listing-time.txt"
    echo "listing $run: $wall s, dutyctl max RSS $((rss / 1024)) MiB, $(grep -c '"id" : [0-9]' "$OUT/alerts.json") alerts"
done
echo "dutyd after the listings: $(memory)"
