#!/usr/bin/env bash
# The benchmark harness: every figure of bench/README.md from one run, as one markdown report.
#
#   bench/run.sh                 # as root, from anywhere; about 15 minutes on 2 cores
#
# Builds the release products, then runs, in this order: the pure engines' check cost
# (engine-benchmark), the control socket and durable writes against their floors
# (control-benchmark, RUNS times, cell-by-cell medians; control-idle-outbox.py), a whole `dutyctl status` next to
# `chronyc tracking` and `/bin/true` (cli-status.sh), notification throughput to a local
# webhook receiver (notify.sh), a 20,000-row roster read as CSV and as .xlsx (roster-xlsx.sh),
# and the province-scale run (province.sh). The report goes
# to stdout and to $WORK/results.md; each part's own output stays in $WORK.
# Needs: sqlite3, valgrind, hyperfine, bc, python3, LibreOffice (chrony optional, for the chronyc row).
#
# RUNS (default 3) repeats what is repeated; WORK (default /var/tmp/dutyd-bench) holds the data
# (about 2 GB at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
export WORK=${WORK:-/var/tmp/dutyd-bench}
export RUNS=${RUNS:-3}
mkdir -p "$WORK"
report=$WORK/results.md
: >"$report"
say() { printf '%s\n' "$*" | tee -a "$report"; }
section() { say ""; say "### $1"; say ""; }

for product in dutyd dutyctl control-benchmark engine-benchmark; do
    swift build -c release --product "$product" >&2
done
BIN=$PWD/.build/release

say "Machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB RAM,"
say "$(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r), $(swift --version 2>&1 | head -1 | sed 's/ (.*//'), state on $(df -T "$WORK" | awk 'NR == 2 { print $2 }') under $WORK."
say "Commit $(git rev-parse --short HEAD), $(date -u '+%F %H:%M') UTC; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)."

section "Check cost of the pure engines (engine-benchmark)"
"$BIN/engine-benchmark" config/dutyd.toml | tee "$WORK/engine.md" | tee -a "$report"

section "Control socket and durable writes (control-benchmark, median of $RUNS runs)"
for run in $(seq "$RUNS"); do
    "$BIN/control-benchmark" "$BIN/dutyd" config >"$WORK/control-$run.md"
done
python3 bench/median-tables.py "$WORK"/control-*.md | tee -a "$report"
say ""
say "With the outbox idle (control-idle-outbox.py):"
say ""
python3 bench/control-idle-outbox.py "$BIN/dutyd" config | sed 's/^/    /' | tee -a "$report"

section "A whole \`dutyctl status\` (cli-status.sh)"
DUTYD=$BIN/dutyd bench/cli-status.sh | tee "$WORK/cli-status.md" | tee -a "$report"

section "Notification throughput to a local webhook receiver (notify.sh)"
bench/notify.sh | tee "$WORK/notify.md" | tee -a "$report"

section "A 20,000-row roster as CSV and as .xlsx (roster-xlsx.sh)"
DUTYD=$BIN/dutyd bench/roster-xlsx.sh | tee "$WORK/roster-xlsx.md" | tee -a "$report"

section "Province scale (province.sh)"
WORK=$WORK/province bench/province.sh | tee "$WORK/province.md" | tee -a "$report"

say ""
say "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); finished $(date -u '+%F %H:%M') UTC."
