#!/usr/bin/env bash
# A soak: the three representative cases and a batch of ten, at a steady RATE for MINUTES minutes, against the
# README's start command on 127.0.0.1; the heap after a full GC at the start and at the end, the RSS, and every
# answer that was not a 200. Bounded: MINUTES plus about half a minute.
#   MINUTES=5 RATE=600 PORT=7195 bench/soak.sh
source "$(dirname "$0")/common.sh"
MINUTES=${MINUTES:-5}; RATE=${RATE:-600}; PORT=${PORT:-7195}
URL=http://127.0.0.1:$PORT
need_tools hey curl
need_jar
machine
start_server "$PORT"

heap_after_gc() { # MiB in use after a full collection
  jcmd "$SERVER_PID" GC.run >/dev/null
  # Every generation's (or G1's whole heap's) "used", not Metaspace's.
  jcmd "$SERVER_PID" GC.heap_info | awk '/total/ && !/Metaspace|class space/ {
      for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub("K,?", "", v); kib += v } }
      END { printf "%.1f", kib / 1024 }'
}
rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$SERVER_PID/status"; }

# A short warm-up, so that the start figure is of a service that has answered, not of an idle one.
hey -z 20s -c 4 -m POST -T application/json -D bench/cases/first-time-buyer-mip-90.json "$URL/v1/advice" >/dev/null
echo "start: heap after GC $(heap_after_gc) MiB, RSS $(rss) MiB"
batch=target/soak-batch.json
{ printf '['; for i in $(seq 0 9); do [ "$i" -gt 0 ] && printf ','; cat "bench/cases/$(ls bench/cases | sed -n "$((i % 3 + 1))p")" | tr -d '\n'; done; printf ']'; } >"$batch"
per_worker=$(awk -v r="$RATE" 'BEGIN {q = r / 4 / 4; printf "%d", (q < 1 ? 1 : q)}')
for file in bench/cases/*.json; do
  hey -z "${MINUTES}m" -c 4 -q "$per_worker" -m POST -T application/json -D "$file" "$URL/v1/advice" \
      >"target/soak-$(basename "$file" .json).txt" &
done
hey -z "${MINUTES}m" -c 4 -q "$per_worker" -m POST -T application/json -D "$batch" "$URL/v1/pre-approval/batch" \
    >target/soak-batch.txt &
wait_clients
echo "end:   heap after GC $(heap_after_gc) MiB, RSS $(rss) MiB"
for report in target/soak-*.txt; do
  awk -v n="$(basename "$report" .txt)" '/Requests\/sec/ {rps = $2} /99% in/ {p99 = $3 * 1000}
      /^ *\[[0-9]+\]/ {codes = codes " " $1 $2} /Error distribution/ {errors = 1}
      END {printf "  %-38s %7.0f req/s  p99 %6.2f ms  statuses%s%s\n", n, rps, p99, codes, (errors ? "  ERRORS (see file)" : "")}' "$report"
done
