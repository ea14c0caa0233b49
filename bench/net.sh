#!/usr/bin/env bash
# Network benchmarks: runs each server in bench/net/ under aio and under
# CPython in turn, drives it with bench/loadgen for DURATION seconds over
# CONNS keep-alive connections, and prints for each the medians of RUNS
# runs: requests per second, p50 and p99 latency, the server's CPU use
# (100% = one core busy) and its CPU time per request; then the ratios
# aio/CPython of the requests per second and CPython/aio of the CPU time
# per request (above 1 when aio is ahead). The load generator runs on the
# same machine: on a machine with few cores the CPU per request says more
# than the requests per second.
#
# usage: bench/net.sh [http|echo ...]   (both by default)
#   DURATION=10 CONNS=64 RUNS=3         seconds per run, connections, runs
#   AIO_BIN=path                        measure a prebuilt aio binary
#   PROFILE=dir                         also write aio's CPU profile of each
#                                       server to dir/NAME.pprof (one run)
#   REFERENCE=1                         also measure the same servers written
#                                       in plain Go (loadgen -serve): what the
#                                       machine and its kernel allow
set -euo pipefail
cd "$(dirname "$0")"
duration=${DURATION:-10}
conns=${CONNS:-64}
runs=${RUNS:-3}
profile=${PROFILE:-}
python=$(python3 -c 'import sys; print(sys.executable)')
tmp=$(mktemp -d)
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
# AIO_BIN may name a prebuilt binary; otherwise build one from this tree.
aio_bin=${AIO_BIN:-}
if [ -z "$aio_bin" ]; then
    aio_bin=$tmp/aio
    go build -o "$aio_bin" ../cmd/aio
fi
loadgen=$tmp/loadgen
go build -o "$loadgen" ./loadgen
clk_tck=$(getconf CLK_TCK)

# free_port prints a TCP port nothing listens on.
free_port() {
    "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# wait_port PORT waits until something accepts connections on PORT.
wait_port() {
    for _ in $(seq 200); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
            return 0
        fi
        if ! kill -0 "$server_pid" 2>/dev/null; then
            echo "server exited before listening:" >&2
            cat "$tmp/server.out" >&2
            return 1
        fi
        sleep 0.05
    done
    echo "nothing listens on port $1" >&2
    return 1
}

# cpu_ticks PID prints the user + system clock ticks PID has used.
cpu_ticks() {
    awk '{print $14 + $15}' "/proc/$1/stat"
}

# measure RUNTIME PROGRAM MODE prints "RPS P50_MS P99_MS CPU_PERCENT
# CPU_US_PER_REQUEST ERRORS" for one run of PROGRAM under RUNTIME (aio,
# cpython or go): start the server, wait for its port, run the load, stop
# the server.
measure() {
    local runtime=$1 program=$2 mode=$3 port out t0 t1
    port=$(free_port)
    case $runtime in
    aio) "$aio_bin" "$program" "$port" >"$tmp/server.out" 2>&1 & ;;
    cpython) "$python" "$program" "$port" >"$tmp/server.out" 2>&1 & ;;
    go) "$loadgen" -serve -mode "$mode" -addr "127.0.0.1:$port" >"$tmp/server.out" 2>&1 & ;;
    esac
    server_pid=$!
    wait_port "$port"
    t0=$(cpu_ticks "$server_pid")
    out=$("$loadgen" -mode "$mode" -addr "127.0.0.1:$port" -c "$conns" -d "${duration}s" | tail -1)
    t1=$(cpu_ticks "$server_pid")
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
    server_pid=
    # out is "requests=N errors=N seconds=S rps=R p50_ms=X p99_ms=Y cpu_s=C".
    echo "$out" | awk -v ticks=$((t1 - t0)) -v hz="$clk_tck" '{
        for (i = 1; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
        cpu = ticks / hz
        printf "%s %s %s %.0f %.1f %s\n", f["rps"], f["p50_ms"], f["p99_ms"], 100 * cpu / f["seconds"], 1e6 * cpu / (f["rps"] * f["seconds"] + 1e-9), f["errors"]
    }'
}

# profile_run PROGRAM MODE NAME runs the aio server once with a lifetime,
# so that it exits by itself and writes its CPU profile.
profile_run() {
    local program=$1 mode=$2 name=$3 port
    mkdir -p "$profile"
    port=$(free_port)
    AIO_CPUPROFILE="$profile/$name.pprof" "$aio_bin" "$program" "$port" "$((duration + 2))" >"$tmp/server.out" 2>&1 &
    server_pid=$!
    wait_port "$port"
    "$loadgen" -mode "$mode" -addr "127.0.0.1:$port" -c "$conns" -d "${duration}s" | tail -1 >&2
    wait "$server_pid"
    server_pid=
    echo "CPU profile: $profile/$name.pprof (go tool pprof -top $aio_bin $profile/$name.pprof)" >&2
}

# median reads numbers on stdin and prints their median.
median() {
    sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

declare -A rps us
benches=("$@")
if [ ${#benches[@]} -eq 0 ]; then
    benches=(http echo)
fi
echo "DURATION=${duration}s CONNS=$conns RUNS=$runs; medians. cpu: the server's CPU use (100% = one"
echo "core busy); us/req: server CPU microseconds per request."
printf '%-6s %-8s %10s %9s %9s %6s %7s %7s\n' bench runtime rps p50_ms p99_ms cpu us/req errors
for bench in "${benches[@]}"; do
    case $bench in
    http) program=net/http_hello.aio ;;
    echo) program=net/echo_server.aio ;;
    *)
        echo "unknown benchmark $bench (want http or echo)" >&2
        exit 2
        ;;
    esac
    runtimes=(aio cpython)
    if [ -n "${REFERENCE:-}" ]; then
        runtimes+=(go)
    fi
    for rt in "${runtimes[@]}"; do
        : >"$tmp/$rt.runs"
    done
    # Runs alternate between the servers so that a change in machine load
    # affects them alike.
    for _ in $(seq "$runs"); do
        for rt in "${runtimes[@]}"; do
            measure "$rt" "$program" "$bench" >>"$tmp/$rt.runs"
        done
    done
    for rt in "${runtimes[@]}"; do
        # The medians of each column, and the total of the errors.
        row=()
        for col in 1 2 3 4 5; do
            row+=("$(awk -v c=$col '{print $c}' "$tmp/$rt.runs" | median)")
        done
        errors=$(awk '{s += $6} END {print s}' "$tmp/$rt.runs")
        printf '%-6s %-8s %10.0f %9.3f %9.3f %5s%% %7.1f %7s\n' "$bench" "$rt" "${row[@]}" "$errors"
        rps[$rt]=${row[0]}
        us[$rt]=${row[4]}
    done
    # rps: aio's over CPython's; us/req: CPython's CPU per request over
    # aio's (both above 1 when aio is ahead).
    printf '%-6s %-8s %10.2f %9s %9s %6s %7.2f\n' "$bench" "ratio" \
        "$(echo "${rps[aio]} / ${rps[cpython]}" | bc -l)" "" "" "" \
        "$(echo "${us[cpython]} / ${us[aio]}" | bc -l)"
    if [ -n "$profile" ]; then
        profile_run "$program" "$bench" "$bench"
    fi
done
