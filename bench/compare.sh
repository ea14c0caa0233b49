#!/usr/bin/env bash
# Times each bench/*.aio program under aio and under CPython and prints the
# median wall time of RUNS runs of each and the ratio aio/CPython.
#
# usage: bench/compare.sh [program.aio ...]     (RUNS=5 by default; AIO_BIN=path
# to time a prebuilt binary)
set -euo pipefail
cd "$(dirname "$0")"
runs=${RUNS:-5}
python=$(python3 -c 'import sys; print(sys.executable)')
# AIO_BIN may name a prebuilt binary; otherwise build one from this tree.
aio_bin=${AIO_BIN:-}
if [ -z "$aio_bin" ]; then
    aio_bin=$(mktemp -d)/aio
    go build -o "$aio_bin" ../cmd/aio
fi

# elapsed CMD... prints the wall-clock seconds of one run.
elapsed() {
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}

# median reads numbers on stdin and prints their median.
median() {
    sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]}'
}

programs=("$@")
if [ ${#programs[@]} -eq 0 ]; then
    programs=(*.aio)
fi
printf '%-22s %10s %10s %8s\n' program aio_s cpython_s ratio
for p in "${programs[@]}"; do
    want=$("$python" "$p")
    got=$("$aio_bin" "$p")
    if [ "$want" != "$got" ]; then
        printf '%-22s output differs: aio %q, CPython %q\n' "$p" "$got" "$want"
        continue
    fi
    # Runs alternate between the two so that a change in machine load
    # affects both alike.
    at=() ct=()
    for _ in $(seq "$runs"); do
        at+=("$(elapsed "$aio_bin" "$p")")
        ct+=("$(elapsed "$python" "$p")")
    done
    a=$(printf '%s\n' "${at[@]}" | median)
    c=$(printf '%s\n' "${ct[@]}" | median)
    printf '%-22s %10s %10s %8.2f\n' "$p" "$a" "$c" "$(echo "$a / $c" | bc -l)"
done
