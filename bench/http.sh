#!/usr/bin/env bash
# HTTP throughput and latency of POST /v1/advice (the three representative cases in turn) beside the
# trivial GET /health/live of the same server, on 127.0.0.1 with wrk: warm-up, then ROUNDS rounds of each,
# alternately, same connections and duration; RSS sampled under load; then p99 at half of the advice peak
# with hey. Bounded: about WARMUP + ROUNDS*2*DURATION + 30 seconds.
#   ROUNDS=3 DURATION=20 WARMUP=120 CONNECTIONS=16 PORT=7190 bench/http.sh
source "$(dirname "$0")/common.sh"
ROUNDS=${ROUNDS:-3}; DURATION=${DURATION:-20}; WARMUP=${WARMUP:-120}; CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-7190}
URL=http://127.0.0.1:$PORT
need_tools wrk hey curl
need_jar
machine
start_server "$PORT"

wrk_run() { # wrk_run SECONDS [wrk args...]: prints "requests/s p50_ms p99_ms non2xx"
  local seconds=$1; shift
  wrk -t2 -c"$CONNECTIONS" -d"${seconds}s" --latency "$@" | awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps = $2 } / 50%/ { p50 = ms($2) } / 99%/ { p99 = ms($2) } /Non-2xx/ { bad = $5 }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad + 0 }'
}

echo "warm-up: ${WARMUP} s of load, alternating (the JIT needs it on 2 cores)"
half=$((WARMUP / 2))
wrk_run "$half" -s bench/cases.lua "$URL" >/dev/null
wrk_run "$((WARMUP - half))" "$URL/health/live" >/dev/null

rss_file=$(mktemp); rss_sampler "$rss_file" & sampler=$!
printf '%-6s %-8s %12s %9s %9s %7s\n' round route "requests/s" "p50 ms" "p99 ms" "non-2xx"
advice_rps=(); trivial_rps=()
for round in $(seq "$ROUNDS"); do
  read -r rps p50 p99 bad < <(wrk_run "$DURATION" -s bench/cases.lua "$URL")
  printf '%-6s %-8s %12s %9s %9s %7s\n' "$round" advice "$rps" "$p50" "$p99" "$bad"; advice_rps+=("$rps")
  read -r rps p50 p99 bad < <(wrk_run "$DURATION" "$URL/health/live")
  printf '%-6s %-8s %12s %9s %9s %7s\n' "$round" trivial "$rps" "$p50" "$p99" "$bad"; trivial_rps+=("$rps")
done
kill "$sampler" 2>/dev/null || true
advice=$(printf '%s\n' "${advice_rps[@]}" | median); trivial=$(printf '%s\n' "${trivial_rps[@]}" | median)
echo "median requests/s: advice $advice, trivial $trivial, ratio advice/trivial $(awk -v a="$advice" -v t="$trivial" 'BEGIN {printf "%.2f", a/t}')"
echo "RSS under load: median $(median <"$rss_file") MiB, max $(sort -n "$rss_file" | tail -1) MiB"

# Half of the advice peak, split evenly over the three cases, each with 4 workers at a fixed rate.
rate=$(awk -v a="$advice" 'BEGIN {printf "%d", a / 2}')
per_worker=$(awk -v r="$rate" 'BEGIN {q = r / 3 / 4; printf "%d", (q < 1 ? 1 : q)}')
echo "at half the peak: $rate requests/s for 20 s (hey, 3 cases x 4 workers x $per_worker/s)"
curl -s "$URL/metrics" >target/metrics-before.txt
for file in bench/cases/*.json; do
  hey -z 20s -c 4 -q "$per_worker" -m POST -T application/json -D "$file" "$URL/v1/advice" >"target/hey-$(basename "$file" .json).txt" &
done
wait_hey() { for job in $(jobs -p); do [ "$job" = "$SERVER_PID" ] || wait "$job" || true; done; }
wait_hey
for file in bench/cases/*.json; do
  name=$(basename "$file" .json)
  awk -v n="$name" '/Requests\/sec/ {rps = $2} /99% in/ {p99 = $3 * 1000} /50% in/ {p50 = $3 * 1000}
      /\[200\]/ {ok = $2} END {printf "  %-30s %7.0f req/s  p50 %6.2f ms  p99 %6.2f ms  200s %d\n", n, rps, p50, p99, ok}' \
      "target/hey-$name.txt"
done
curl -s "$URL/metrics" >target/metrics-after.txt
# The server's own view: the p50 and p99 of POST /v1/advice during the run, from its histogram's buckets
# (so without the client's own scheduling on these two cores); a bucket's upper edge is reported.
awk '/^http_server_requests_seconds_bucket\{method="POST",status="200",uri="\/v1\/advice"/ {
       match($0, /le="[^"]+"/); le = substr($0, RSTART + 4, RLENGTH - 5)
       if (FILENAME ~ /before/) before[le] = $2; else { after[le] = $2; order[++n] = le } }
     END { total = after["+Inf"] - before["+Inf"]
           for (i = 1; i <= n; i++) { le = order[i]; c = after[le] - before[le]
             if (!p50 && c >= 0.5 * total) p50 = le; if (!p99 && c >= 0.99 * total) p99 = le }
           printf "  server side, %d requests: p50 <= %s s, p99 <= %s s\n", total, p50, p99 }' \
    target/metrics-before.txt target/metrics-after.txt
rm -f "$rss_file"
