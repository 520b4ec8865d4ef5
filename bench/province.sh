#!/usr/bin/env bash
# Province-scale benchmark (issue 9): a release dutyd on the data of bench/generate-province.py.
#
#   swift build -c release --product dutyd && swift build -c release --product dutyctl
#   bench/province.sh            # RUNS=3 IMPORT_RUNS=3 WORK=/var/tmp/province by default
#
# Other knobs: DUE_MINUTES (5) minutes with 10 hazards falling due each, INCIDENTS (100) incidents
# reported for lateness samples, GENERATE_ARGS passed to the generator (smaller data for a try).
#
# Prints a markdown table of medians. The daemon logs to a file (console target, debug level);
# its `check_completed` lines carry each check's duration and, for a check the wake-up timer
# ran for a deadline, how late it started (lateness_ms: from the deadline, or from when the
# deadline became known if it was already past then, as for an imported overdue hazard).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-/var/tmp/province}
RUNS=${RUNS:-3}
IMPORT_RUNS=${IMPORT_RUNS:-$RUNS}
DUE_MINUTES=${DUE_MINUTES:-5}
INCIDENTS=${INCIDENTS:-100}
BIN=$PWD/.build/release
DATA=$WORK/data
LEDGER=$DATA/ledgers/province.csv
SOCKET=$WORK/control
mkdir -p "$WORK"
# Fresh data every run: the generator places deadlines and the holiday relative to now.
rm -rf "$DATA"
# shellcheck disable=SC2086 # GENERATE_ARGS (e.g. "--hazards 20000 --overdue 2000" for a quick try) split on purpose
python3 bench/generate-province.py "$DATA" ${GENERATE_ARGS:-} >&2
OVERDUE=$(awk -F, -v today="$(TZ=Asia/Shanghai date +%F)" 'NR > 1 && $10 < today' "$LEDGER" | wc -l)

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
percentile() { sort -g | awk -v p="$1" '{ v[NR] = $1 } END { i = int(NR * p / 100 + 0.999); if (i < 1) i = 1; print v[i] }'; }
seconds() { date +%s.%N; }
ctl() { "$BIN/dutyctl" --socket "$SOCKET" "$@"; }
kib() { awk -v key="$1:" '$1 == key { print $2 }' "/proc/$DAEMON/status"; }
mib() { awk '{ printf "%.1f", $1 / 1024 }'; }
round() { awk '{ printf "%.1f", $1 }'; }

# Starts dutyd on state directory $1 (log $2); sets DAEMON to its pid and STARTUP to the seconds
# until `dutyctl status` answers. (Not run in $(…): the daemon would hold the substitution's pipe.)
start_daemon() {
    local begin
    begin=$(seconds)
    "$BIN/dutyd" --config "$DATA/dutyd.toml" --state-directory "$1" --socket "$SOCKET" --log-target console --log-level debug >/dev/null 2>>"$2" &
    DAEMON=$!
    until ctl status >/dev/null 2>&1; do
        kill -0 "$DAEMON" || { echo "dutyd exited; see $2" >&2; exit 1; }
        sleep 0.05
    done
    STARTUP=$(echo "$(seconds) - $begin" | bc)
}
stop_daemon() { kill -TERM "$DAEMON"; wait "$DAEMON" || true; }
open_alerts() { ctl status --json | python3 -c 'import json, sys; print(json.load(sys.stdin)["open_alerts"])'; }
# One line per logged check in log $1: duration (ms), lateness (ms, "-" for a periodic check), transitions.
checks() {
    grep '\[check_completed\]' "$1" | awk '{
        d = ""; l = "-"; t = ""
        for (i = 1; i <= NF; i++) {
            split($i, kv, "=")
            if (kv[1] == "duration_ms") d = kv[2]; else if (kv[1] == "lateness_ms") l = kv[2]; else if (kv[1] == "transitions") t = kv[2]
        }
        print d, l, t
    }'
}

rows=$(($(wc -l <"$LEDGER") - 1))
shifts=$(($(wc -l <"$DATA/rosters/province.csv") - 1))
imports=() floors=() empty_starts=() big_checks=()
for run in $(seq "$IMPORT_RUNS"); do
    state=$WORK/state-$run log=$WORK/import-$run.log
    rm -rf "$state" "$log"
    start_daemon "$state" "$log"
    empty_starts+=("$STARTUP")
    begin=$(seconds)
    ctl import ledger "$LEDGER" >/dev/null
    imports+=("$(echo "$(seconds) - $begin" | bc)")
    # The import's overdue hazards raise their alerts in the next check, which the wake-up timer runs at once.
    for _ in $(seq 900); do [ "$(open_alerts)" -ge "$OVERDUE" ] && break; sleep 1; done
    big_checks+=("$(checks "$log" | awk '{ print $1 }' | sort -g | tail -1)")
    stop_daemon
    [ "$run" = "$IMPORT_RUNS" ] || rm -rf "$state"
    rm -f "$WORK/floor.sqlite"
    begin=$(seconds)
    sqlite3 "$WORK/floor.sqlite" -cmd '.mode csv' ".import $LEDGER ledger"
    floors+=("$(echo "$(seconds) - $begin" | bc)")
done
rm -f "$WORK/floor.sqlite"
FULL=$WORK/state-$IMPORT_RUNS

starts=() rss=() hwm=()
for run in $(seq "$RUNS"); do
    start_daemon "$FULL" "$WORK/start.log"
    starts+=("$STARTUP")
    rss+=("$(kib VmRSS)") hwm+=("$(kib VmHWM)")
    stop_daemon
done

start_daemon "$FULL" "$WORK/run.log"
listing=() listing_rss=()
for run in $(seq "$RUNS"); do
    /usr/bin/time -v -o "$WORK/time.txt" "$BIN/dutyctl" --socket "$SOCKET" alerts --json >"$WORK/alerts.json"
    listing+=("$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); print t[n] + (n > 1 ? t[n-1] * 60 : 0) }' "$WORK/time.txt")")
    listing_rss+=("$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/time.txt")")
done
listed=$(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(len(d if isinstance(d, list) else d["alerts"]))' "$WORK/alerts.json")
listing_daemon_rss=$(kib VmRSS) listing_daemon_hwm=$(kib VmHWM)

# 10 hazards fall due at each of the next DUE_MINUTES minutes: checks with 10 due. And INCIDENTS
# incidents reported about a second apart, each climbing a level a minute later (the generated
# policy), so that escalation deadlines fall at arbitrary instants: lateness of every timer-run check.
python3 bench/generate-province.py "$DATA" --due-only --due-minutes "$DUE_MINUTES" >&2
due_imported=$(seconds)
logged=$(wc -l <"$WORK/run.log")
ctl import ledger "$DATA/ledgers/due.csv" >/dev/null
schools=$(awk -F'"' -v n="$INCIDENTS" '/^id = "c[0-9]+-k[0-9]+-s[0-9]+"$/ && count++ < n { print $2 }' "$DATA/dutyd.toml")
for school in $schools; do
    ctl report --unit "$school" --summary "基准测试突发事件" >/dev/null
    sleep 0.$((RANDOM % 900 + 100))
done
sleep "$(echo "$due_imported + $DUE_MINUTES * 60 + 65 - $(seconds)" | bc | awk '{ print ($1 > 0 ? $1 : 0) }')"
# Only the checks from here on: the start-up check catches up on the time the daemon was stopped.
tail -n +$((logged + 1)) "$WORK/run.log" >"$WORK/due.log"
small_checks=$(checks "$WORK/due.log" | awk '$3 == 10 && $2 != "-" { print $1 }')
idle_checks=$(checks "$WORK/due.log" | awk '$3 == 0 && $2 == "-" { print $1 }')
lateness=$(checks "$WORK/due.log" | awk '$2 != "-" { print $2 }')
end_rss=$(kib VmRSS)
stop_daemon

import_s=$(printf '%s\n' "${imports[@]}" | median) floor_s=$(printf '%s\n' "${floors[@]}" | median)
echo
echo "Machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB RAM; load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; $(date -u +%F)."
echo "State: $rows ledger rows, $OVERDUE overdue, $shifts shifts; medians of $IMPORT_RUNS imports and $RUNS of the rest."
echo
echo "| measurement | dutyd | floor / target |"
echo "| --- | ---: | ---: |"
printf '| import of %s rows, `dutyctl import ledger` | %.1f s (%.0f rows/s) | `sqlite3 .import`: %.1f s (%.0f rows/s) |\n' \
    "$rows" "$import_s" "$(echo "$rows / $import_s" | bc -l)" "$floor_s" "$(echo "$rows / $floor_s" | bc -l)"
printf '| start-up, empty state (until `dutyctl status` answers) | %.2f s | |\n' "$(printf '%s\n' "${empty_starts[@]}" | median)"
printf '| start-up on the full state | %.2f s | |\n' "$(printf '%s\n' "${starts[@]}" | median)"
printf '| resident memory after start-up (VmRSS / VmHWM) | %s / %s MiB | |\n' "$(printf '%s\n' "${rss[@]}" | median | mib)" "$(printf '%s\n' "${hwm[@]}" | median | mib)"
printf '| one check, 0 due (periodic), median of %s | %s ms | |\n' "$(echo "$idle_checks" | grep -c . || true)" "$(echo "$idle_checks" | median | round)"
printf '| one check, 10 due, median of %s | %s ms | |\n' "$(echo "$small_checks" | grep -c . || true)" "$(echo "$small_checks" | median | round)"
printf '| one check, %s due (the import'"'"'s overdue hazards) | %s ms | grows with what is due |\n' "$OVERDUE" "$(printf '%s\n' "${big_checks[@]}" | median | round)"
printf '| escalation lateness (start of a timer-run check minus its deadline), %s samples: p50 / p99 / max | %s / %s / %s ms | p99 < 50 ms |\n' "$(echo "$lateness" | grep -c . || true)" "$(echo "$lateness" | percentile 50 | round)" "$(echo "$lateness" | percentile 99 | round)" "$(echo "$lateness" | percentile 100 | round)"
printf '| `dutyctl alerts --json`, %s open alerts: wall time | %s s | < 0.5 s |\n' "$listed" "$(printf '%s\n' "${listing[@]}" | median)"
printf '| `dutyctl alerts --json`: dutyctl peak memory (max RSS) | %s MiB | |\n' "$(printf '%s\n' "${listing_rss[@]}" | median | mib)"
printf '| `dutyctl alerts --json`: dutyd VmRSS / VmHWM afterwards | %s / %s MiB | < 300 MB resident |\n' "$(echo "$listing_daemon_rss" | mib)" "$(echo "$listing_daemon_hwm" | mib)"
printf '| dutyd VmRSS at the end of the run | %s MiB | |\n' "$(echo "$end_rss" | mib)"
