#!/usr/bin/env bash
# Young-collection pauses and the server's CPU per request, for each route under load: the server started with the
# README's flags and a GC log, warmed with advice (bench/cases.lua), then each route for DURATION seconds at
# CONNECTIONS connections, with the pauses that fell within it (median, mean, max) and the CPU the server spent per
# request. Bounded: about WARMUP + 2 * DURATION + 5 seconds.
#   WARMUP=60 DURATION=20 CONNECTIONS=8 PORT=7192 bench/pauses.sh
source "$(dirname "$0")/common.sh"
WARMUP=${WARMUP:-60}; DURATION=${DURATION:-20}; CONNECTIONS=${CONNECTIONS:-8}; PORT=${PORT:-7192}
URL=http://127.0.0.1:$PORT
need_tools wrk python3
need_jar
machine
gc_log=target/bench-gc-$PORT.log
rm -f "$gc_log"
START_FLAGS+=("-Xlog:gc:file=$gc_log:uptimemillis")
start_server "$PORT"
echo "warm-up: ${WARMUP} s of advice at 16 connections"
wrk -t2 -c16 -d"${WARMUP}s" -s bench/cases.lua "$URL" >/dev/null
uptime_ms() { awk -v hz="$(getconf CLK_TCK)" -v up="$(awk '{print $1}' /proc/uptime)" \
    '{printf "%d\n", (up - $22 / hz) * 1000}' "/proc/$SERVER_PID/stat"; }
measure() { # measure ROUTE WRK_ARGS...
  local route=$1; shift
  local from cpu_before out cpu_after to requests
  from=$(uptime_ms); cpu_before=$(server_cpu_ms)
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" "$@")
  cpu_after=$(server_cpu_ms); to=$(uptime_ms)
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  # The GC log's lines: "[12345ms] GC(7) Pause Young (Allocation Failure) 109M->40M(247M) 1.543ms"
  python3 - "$gc_log" "$from" "$to" "$route" "$requests" "$cpu_before" "$cpu_after" "$DURATION" <<'PY'
import re, statistics, sys
log, start, end, route, requests, cpu0, cpu1, seconds = sys.argv[1:]
pauses = [float(m.group(2)) for m in (re.match(r"\[(\d+)ms\].*Pause Young.* ([\d.]+)ms$", line.strip()) for line in open(log))
          if m and int(start) <= int(m.group(1)) <= int(end)]
requests = int(requests)
print(f"{route:8} {requests / int(seconds):8.0f} req/s  server CPU {(int(cpu1) - int(cpu0)) * 1000 / requests:6.1f} µs a request  "
      + (f"young pauses {len(pauses)}: median {statistics.median(pauses):.2f} ms, mean {statistics.mean(pauses):.2f}, "
         f"max {max(pauses):.2f}" if pauses else "no young pause"))
PY
}
measure advice -s bench/cases.lua "$URL"
measure trivial "$URL/health/live"
