#!/bin/sh
# Cost of one whole `dutyctl status` run, next to `chronyc -n tracking` and `/bin/true`.
#
# Builds dutyctl as it ships (release, one static executable), starts a dutyd on
# the example configuration in a temporary directory and, when chronyc is installed and this
# runs as root, a chronyd that has no servers, opens no network port and never touches the
# clock (-x). Then it measures each command twice: instructions under valgrind's callgrind
# (repeatable, whatever else the machine is doing) and wall time with hyperfine.
#
#   bench/cli-status.sh            # from the repository root; needs valgrind and hyperfine
#
# DUTYD=path picks the daemon binary (default: a debug build, as the tests use);
# RUNS=n sets hyperfine's runs (default 300).
set -eu

cd "$(dirname "$0")/.."
runs=${RUNS:-300}
work=$(mktemp -d /tmp/cli-status.XXXXXX)
daemon_pid=
chronyd_pid=

cleanup() {
    [ -n "$daemon_pid" ] && kill "$daemon_pid" 2>/dev/null || true
    [ -n "$chronyd_pid" ] && kill "$chronyd_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

# The shipping build of dutyctl: one static executable (see bench/README.md). Its own scratch
# path, because these flags would otherwise make the next ordinary build start over.
build="swift build -c release --product dutyctl --static-swift-stdlib -Xswiftc -static-executable --scratch-path .build-dutyctl-static"
$build >&2
dutyctl="$($build --show-bin-path)/dutyctl"

if [ -z "${DUTYD:-}" ]; then
    swift build --product dutyd >&2
    DUTYD="$(swift build --show-bin-path)/dutyd"
fi
"$DUTYD" --config config/dutyd.toml --state-directory "$work/state" --socket "$work/control" \
    --log-target console >"$work/dutyd.log" 2>&1 &
daemon_pid=$!
tries=0
until "$dutyctl" --socket "$work/control" status >/dev/null 2>&1; do
    tries=$((tries + 1))
    [ "$tries" -lt 100 ] || { cat "$work/dutyd.log" >&2; echo "dutyd did not start" >&2; exit 1; }
    sleep 0.1
done

# (label, command) pairs, one per line, the command split on spaces.
commands="dutyctl status|$dutyctl --socket $work/control status
dutyctl status --json|$dutyctl --socket $work/control status --json"

if command -v chronyc >/dev/null && command -v chronyd >/dev/null && [ "$(id -u)" = 0 ]; then
    # chronyd wants its socket's directory accessible to root only.
    mkdir -m 750 "$work/chrony"
    mkdir -p /run/chrony  # where chronyc binds its own end of the socket
    cat >"$work/chrony.conf" <<EOF
local stratum 10
port 0
cmdport 0
bindcmdaddress $work/chrony/chronyd.sock
pidfile $work/chronyd.pid
EOF
    chronyd -f "$work/chrony.conf" -x -u root -n >"$work/chronyd.log" 2>&1 &
    chronyd_pid=$!
    tries=0
    until chronyc -n -h "$work/chrony/chronyd.sock" tracking >/dev/null 2>&1; do
        tries=$((tries + 1))
        [ "$tries" -lt 50 ] || { cat "$work/chronyd.log" >&2; echo "chronyd did not start" >&2; exit 1; }
        sleep 0.1
    done
    commands="$commands
chronyc -n tracking|chronyc -n -h $work/chrony/chronyd.sock tracking"
else
    echo "chronyc skipped: needs chronyc, chronyd and root" >&2
fi
commands="$commands
/bin/true|/bin/true"

printf '| command | instructions (callgrind) | wall time: mean ± σ | median | min |\n'
printf '| --- | ---: | ---: | ---: | ---: |\n'
echo "$commands" | while IFS='|' read -r label command; do
    # shellcheck disable=SC2086 # the command is split on spaces on purpose
    instructions=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null $command 2>&1 >/dev/null </dev/null |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
    hyperfine -N --warmup 20 --runs "$runs" --export-json "$work/time.json" "$command" >/dev/null 2>&1 </dev/null
    wall=$(python3 -c 'import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print("%.2f ± %.2f ms | %.2f ms | %.2f ms" % tuple(r[k] * 1e3 for k in ("mean", "stddev", "median", "min")))' "$work/time.json")
    printf '| `%s` | %s | %s |\n' "$label" "$(echo "$instructions" | awk '{ printf "%.2f M", $1 / 1e6 }')" "$wall"
done 