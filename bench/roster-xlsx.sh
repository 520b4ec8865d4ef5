#!/usr/bin/env bash
# Reading a 20,000-row duty roster: the same rows as CSV and as .xlsx written by LibreOffice.
#
#   bench/roster-xlsx.sh            # from anywhere; needs python3 and LibreOffice (soffice)
#
# Generates the rows (generate-roster.py) for the example configuration, converts them to .xlsx
# as Calc imports a CSV file (dates become date cells, phones numbers), and times
# `dutyd --check-config` on the example configuration with each roster, RUNS times (default 3),
# printing the median wall time of each as one markdown table. The check reads, matches and
# gap-checks every shift, so the CSV row is the floor the .xlsx row is compared with.
# DUTYD picks the daemon (default .build/release/dutyd); ROWS (default 20000) the roster's size.
set -euo pipefail
cd "$(dirname "$0")/.."
dutyd=${DUTYD:-$PWD/.build/release/dutyd}
rows=${ROWS:-20000}
runs=${RUNS:-3}
work=$(mktemp -d /tmp/roster-xlsx.XXXXXX)
trap 'rm -rf "$work"' EXIT INT TERM

cp -r config "$work/config"
python3 bench/generate-roster.py "$rows" >"$work/config/rosters/bench.csv"
soffice --headless "-env:UserInstallation=file://$work/profile" --infilter="CSV:44,34,76,1,,2052,false,true" \
    --convert-to xlsx --outdir "$work/config/rosters" "$work/config/rosters/bench.csv" >/dev/null

# The median of `runs` wall times (seconds) of one check of the configuration in $1.
median() {
    for _ in $(seq "$runs"); do
        start=$(date +%s.%N)
        "$dutyd" --check-config --config "$1" >/dev/null
        echo "$(date +%s.%N) - $start" | bc
    done | sort -n | awk '{ times[NR] = $1 } END { printf "%.2f s", times[int((NR + 1) / 2)] }'
}

echo "| roster ($rows rows) | file size | median of $runs checks |"
echo "| --- | ---: | ---: |"
for format in csv xlsx; do
    sed "s|rosters = \[\"rosters/2026-national-day.csv\"\]|rosters = [\"rosters/bench.$format\"]|" config/dutyd.toml >"$work/config/$format.toml"
    size=$(du -k "$work/config/rosters/bench.$format" | cut -f1)
    echo "| $format | ${size} KiB | $(median "$work/config/$format.toml") |"
done
