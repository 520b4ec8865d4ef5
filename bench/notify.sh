#!/usr/bin/env bash
# Notification throughput to a webhook (issue 9): N alerts raised at once, each notifying one
# person through one generic `webhook` channel to a local receiver (bench/webhook-sink.py).
#
#   swift build -c release --product dutyd && swift build -c release --product dutyctl
#   bench/notify.sh                # N=100000 CONCURRENCY=64 RATE=1000000 WORK=/var/tmp/dutyd-bench
#   N=10000 bench/notify.sh        # a quick run
#   BIN=/path/to/other/build N=10000 RATE=10000 bench/notify.sh   # another dutyd (e.g. main's)
#
# It writes the example configuration with a `hook` channel (concurrency CONCURRENCY,
# rate_per_minute RATE) for everyone who had `sms`, starts the receiver and a release dutyd in
# $WORK/notify, imports a ledger of N overdue hazards with `dutyctl import ledger` (the check after it
# raises N alerts: N notifications to `hook` and N to the journal), and waits until N requests
# have arrived (at most TIMEOUT seconds). Delay is arrival at the receiver minus the
# notification's `created_at` in the outbox (the check that raised its alert). FLOOR=1 also
# measures what the receiver answers per second on its own. Prints a markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
CONCURRENCY=${CONCURRENCY:-64}
RATE=${RATE:-1000000}
TIMEOUT=${TIMEOUT:-1800}
FLOOR=${FLOOR:-1}
WORK=${WORK:-/var/tmp/dutyd-bench}/notify
BIN=${BIN:-$PWD/.build/release}
SOCKET=$WORK/control
rm -rf "$WORK/config" "$WORK/state" "$WORK/sink" "$WORK/dutyd.log"
mkdir -p "$WORK/sink" "$WORK/state"
cp -r config "$WORK/config"
mkdir -p "$WORK/config/secrets"

python3 - "$WORK/config/dutyd.toml" "$CONCURRENCY" "$RATE" <<'PY'
import re, sys
path, concurrency, rate = sys.argv[1:]
text = open(path).read()
text = re.sub(r'^ledgers = .*$', 'ledgers = []', text, flags=re.M)
text = text.replace('channels = ["sms"]', 'channels = ["hook"]')
hook = f'''[[channels]]
id = "hook"
type = "webhook"
format = "generic"
url_secret = "secrets/hook-url"
timeout = "10s"
concurrency = {concurrency}
rate_per_minute = {rate}

'''
text = text.replace('[[channels]]\n', hook + '[[channels]]\n', 1)
open(path, "w").write(text)
PY
# N hazards past their deadline, not rectified, all with 朱丽 (who now has the hook) responsible.
python3 bench/generate-ledger.py "$N" --overdue >"$WORK/ledger.csv"

seconds() { date +%s.%N; }
ctl() { "$BIN/dutyctl" --socket "$SOCKET" "$@"; }
kib() { awk -v key="$1:" '$1 == key { print $2 }' "/proc/$DAEMON/status"; }
cpu() { awk '{ print ($14 + $15) / 100 }' "/proc/$DAEMON/stat"; }   # user + system, in clock ticks of 1/100 s
received() { curl -s "http://127.0.0.1:$PORT/count"; }
cleanup() {
    [ -n "${DAEMON:-}" ] && kill -TERM "$DAEMON" 2>/dev/null && wait "$DAEMON" || true
    [ -n "${SINK:-}" ] && kill -TERM "$SINK" 2>/dev/null && wait "$SINK" || true
}
trap cleanup EXIT

python3 bench/webhook-sink.py serve "$WORK/sink" &
SINK=$!
until [ -f "$WORK/sink/port" ]; do sleep 0.05; done
PORT=$(cat "$WORK/sink/port")
floor=""
if [ "$FLOOR" = 1 ]; then
    floor=$(python3 bench/webhook-sink.py floor "http://127.0.0.1:$PORT/" 20000 "$CONCURRENCY")
    kill -TERM "$SINK"; wait "$SINK" || true
    rm -f "$WORK/sink/port" "$WORK/sink/arrivals.tsv"
    python3 bench/webhook-sink.py serve "$WORK/sink" &
    SINK=$!
    until [ -f "$WORK/sink/port" ]; do sleep 0.05; done
    PORT=$(cat "$WORK/sink/port")
fi
echo "http://127.0.0.1:$PORT/hook" >"$WORK/config/secrets/hook-url"

"$BIN/dutyd" --config "$WORK/config/dutyd.toml" --state-directory "$WORK/state" --socket "$SOCKET" --log-target console >/dev/null 2>"$WORK/dutyd.log" &
DAEMON=$!
until ctl status >/dev/null 2>&1; do
    kill -0 "$DAEMON" 2>/dev/null || { echo "dutyd exited; see $WORK/dutyd.log" >&2; exit 1; }
    sleep 0.05
done
cpu_before=$(cpu)
begin=$(seconds)
ctl import ledger "$WORK/ledger.csv" >/dev/null
imported=$(seconds)
deadline=$(echo "$begin + $TIMEOUT" | bc)
while [ "$(received)" -lt "$N" ]; do
    if [ "$(echo "$(seconds) > $deadline" | bc)" = 1 ]; then echo "timed out after ${TIMEOUT}s with $(received) of $N" >&2; break; fi
    sleep 0.2
done
done_at=$(seconds)
cpu_after=$(cpu)
rss=$(kib VmRSS) hwm=$(kib VmHWM)
kill -TERM "$SINK"; wait "$SINK" || true
SINK=""
sqlite3 -separator $'\t' "$WORK/state/state.sqlite" "SELECT key, created_at FROM notification WHERE channel = 'hook'" >"$WORK/queued.tsv"

python3 - "$WORK/queued.tsv" "$WORK/sink/arrivals.tsv" "$begin" "$imported" "$done_at" "$cpu_before" "$cpu_after" "$rss" "$hwm" "$N" "$CONCURRENCY" "$RATE" "$floor" <<'PY'
import sys
queued_path, arrivals_path, begin, imported, done_at, cpu_before, cpu_after, rss, hwm, n, concurrency, rate, floor = sys.argv[1:]
begin, imported, done_at = float(begin) * 1000, float(imported) * 1000, float(done_at) * 1000
queued = dict(line.rstrip("\n").split("\t") for line in open(queued_path))
queued = {key: int(at) for key, at in queued.items()}
first_arrival, requests = {}, 0
for line in open(arrivals_path):
    key, at = line.rstrip("\n").split("\t")
    requests += 1
    first_arrival.setdefault(key, int(at))
delays = sorted(first_arrival[key] - queued[key] for key in first_arrival if key in queued)
def pct(p):
    return delays[min(len(delays) - 1, max(0, int(len(delays) * p / 100 + 0.999) - 1))] / 1000 if delays else float("nan")
first_queued, last_arrival = min(queued.values()), max(first_arrival.values())
first_arrival_at = min(first_arrival.values())
span = (last_arrival - first_queued) / 1000
cpu = float(cpu_after) - float(cpu_before)
wall = (done_at - begin) / 1000
print()
print(f"N={n}, channel concurrency {concurrency}, rate_per_minute {rate}.")
print()
print("| measurement | value |")
print("| --- | ---: |")
print(f"| notifications to the webhook queued / arrived (distinct keys) / requests received | {len(queued)} / {len(first_arrival)} / {requests} |")
print(f"| `dutyctl import ledger` of {n} overdue hazards (wall) | {(imported - begin) / 1000:.2f} s |")
print(f"| first notification queued, after the import began | {(first_queued - begin) / 1000:.2f} s |")
print(f"| first arrival, after the first queued | {(first_arrival_at - first_queued) / 1000:.2f} s |")
print(f"| last arrival, after the first queued | {span:.2f} s |")
print(f"| throughput, first queued to last arrival | {len(first_arrival) / span:,.0f} /s |")
print(f"| throughput, first to last arrival | {len(first_arrival) / max(0.001, (last_arrival - first_arrival_at) / 1000):,.0f} /s |")
print(f"| delay (arrival − queued): p50 / p99 / max | {pct(50):.2f} / {pct(99):.2f} / {pct(100):.2f} s |")
print(f"| dutyd CPU from the import to the last arrival (user + system) | {cpu:.1f} s ({100 * cpu / wall:.0f}% of {wall:.1f} s) |")
print(f"| dutyd VmRSS / VmHWM at the end | {int(rss) / 1024:.0f} / {int(hwm) / 1024:.0f} MiB |")
if floor:
    print(f"| receiver floor: requests/s it answers a Python client on {concurrency} keep-alive connections | {int(floor):,} /s |")
PY
