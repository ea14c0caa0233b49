#!/usr/bin/env bash
# Measures what a suspended task costs under aio and under CPython: the
# peak RSS of 100,000 concurrent sleepers minus that of 1 sleeper, divided
# by 100,000; then the wall time and peak RSS of 1,000,000 sleepers.
# Each figure is the median of RUNS runs (3 by default).
#
# usage: bench/memory.sh            (RUNS=5 bench/memory.sh for more runs)
#        BIG=0 bench/memory.sh      (skip the 1,000,000-sleeper runs)
#        AIO_BIN=path               (measure a prebuilt binary)
set -euo pipefail
cd "$(dirname "$0")"
runs=${RUNS:-3}
big=${BIG:-1000000}
python=$(python3 -c 'import sys; print(sys.executable)')
aio_bin=${AIO_BIN:-}
if [ -z "$aio_bin" ]; then
    aio_bin=$(mktemp -d)/aio
    go build -o "$aio_bin" ../cmd/aio
fi
prog=memory/sleepers.aio

# peak CMD... prints "KB SECONDS": the median peak RSS and wall time of
# $runs runs.
peak() {
    local rss=() wall=()
    for _ in $(seq "$runs"); do
        local out
        out=$( { /usr/bin/time -f '%M %e' "$@" >/dev/null; } 2>&1 | tail -1)
        rss+=("${out% *}")
        wall+=("${out#* }")
    done
    printf '%s %s\n' "$(median "${rss[@]}")" "$(median "${wall[@]}")"
}

median() {
    printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

printf '%-10s %14s %18s %20s\n' runtime "1 sleeper (KB)" "100,000 (KB)" "per task (bytes)"
declare -A per
for rt in aio CPython; do
    if [ "$rt" = aio ]; then cmd=("$aio_bin"); else cmd=("$python"); fi
    read -r one _ < <(peak "${cmd[@]}" "$prog" 1)
    read -r many _ < <(peak "${cmd[@]}" "$prog" 100000)
    per[$rt]=$(( (many - one) * 1024 / 100000 ))
    printf '%-10s %14s %18s %20s\n' "$rt" "$one" "$many" "${per[$rt]}"
done
printf 'ratio aio/CPython per task: %.2f\n' "$(echo "${per[aio]} / ${per[CPython]}" | bc -l)"

if [ "$big" != 0 ]; then
    echo
    printf '%-10s %22s %16s\n' runtime "$big sleepers: wall (s)" "peak RSS (MB)"
    for rt in aio CPython; do
        if [ "$rt" = aio ]; then cmd=("$aio_bin"); else cmd=("$python"); fi
        read -r kb secs < <(peak "${cmd[@]}" "$prog" "$big")
        printf '%-10s %22s %16s\n' "$rt" "$secs" "$((kb / 1024))"
    done
fi
