#!/usr/bin/env bash
# HTTP throughput and latency of POST /v1/advice (the three representative cases in turn) beside the
# trivial GET /health/live of the same server, on 127.0.0.1 with wrk: warm-up, then ROUNDS rounds of each,
# alternately, same connections and duration; RSS sampled under load; then the latency at half of the advice
# peak, at a fixed rate, with h2load. Bounded: about WARMUP + ROUNDS*2*DURATION + HALF_PEAK_SETTLE
# + HALF_PEAK_ROUNDS*HALF_PEAK_SECONDS + 5 seconds.
#   ROUNDS=3 DURATION=20 WARMUP=120 CONNECTIONS=16 CLIENTS=1 HALF_PEAK_SECONDS=30 HALF_PEAK_ROUNDS=3 HALF_PEAK_SETTLE=10 PORT=7190
#   bench/http.sh
source "$(dirname "$0")/common.sh"
ROUNDS=${ROUNDS:-3}; DURATION=${DURATION:-20}; WARMUP=${WARMUP:-120}; CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-7190}; CLIENTS=${CLIENTS:-1}; HALF_PEAK_SECONDS=${HALF_PEAK_SECONDS:-30}
HALF_PEAK_ROUNDS=${HALF_PEAK_ROUNDS:-3}; HALF_PEAK_SETTLE=${HALF_PEAK_SETTLE:-10}
URL=http://127.0.0.1:$PORT
need_tools wrk h2load:nghttp2-client curl
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

# Half of the advice peak, at a fixed rate: h2load (nghttp2-client) sends each of the three cases from
# CLIENTS connections at a fixed rate per connection, and logs every request's time to its last byte. One
# connection per case by default: h2load starts its connections' requests on the same timer tick, so eight
# per case send bursts of 24 requests that queue on the two cores (p50 1.2 ms where one per case saw 0.5 ms).
rate=$(awk -v a="$advice" 'BEGIN {printf "%d", a / 2}')
per_client=$(awk -v r="$rate" -v c="$CLIENTS" 'BEGIN {q = r / 3 / c; printf "%d", (q < 1 ? 1 : q)}')
echo "at half the peak: $rate requests/s asked, ${HALF_PEAK_ROUNDS} rounds of ${HALF_PEAK_SECONDS} s (h2load, 3 cases x $CLIENTS connections x $per_client/s)"
# h2load's log: start (µs since the epoch), status, µs to the last byte of the answer.
latencies() { # latencies LABEL LOG...: requests/s, p50, p99, max and non-200 answers over the logs
  local label=$1; shift
  sort -t$'\t' -k3,3n "$@" | awk -F'\t' -v n="$label" -v s="$HALF_PEAK_SECONDS" '
      { d[NR] = $3; if ($2 != 200) bad++ }
      END { printf "  %-30s %6.0f req/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  non-200 %d\n", n, NR / s,
                   d[int(NR * 0.50) + 1] / 1000, d[int(NR * 0.99) + 1] / 1000, d[NR] / 1000, bad + 0 }'
}
# The rate settles first, unmeasured: when the load turns from the trivial route back to advice at a fixed
# rate the JIT recompiles (113 compilations, 40 of them replacing deoptimised code, in the first seconds of one
# run), and the first 5 s had twice the share of requests over 2 ms of the rest.
echo "settling at that rate for ${HALF_PEAK_SETTLE} s (not measured)"
for file in bench/cases/*.json; do
  h2load --h1 -D "$HALF_PEAK_SETTLE" -c "$CLIENTS" --rps "$per_client" -d "$file" -H 'Content-Type: application/json' \
      "$URL/v1/advice" >/dev/null 2>&1 &
done
wait_clients
curl -s "$URL/metrics" >target/metrics-before.txt
p99s=()
for round in $(seq "$HALF_PEAK_ROUNDS"); do
  logs=()
  for file in bench/cases/*.json; do
    log="target/h2load-$(basename "$file" .json)-round$round.log"
    rm -f "$log"; logs+=("$log") # h2load appends to its log
    h2load --h1 -D "$HALF_PEAK_SECONDS" -c "$CLIENTS" --rps "$per_client" -d "$file" -H 'Content-Type: application/json' \
        --log-file="$log" "$URL/v1/advice" >"${log%.log}.txt" 2>&1 &
  done
  wait_clients
  echo " round $round"
  for log in "${logs[@]}"; do
    name=${log#target/h2load-}; latencies "${name%-round*}" "$log"
  done
  all=$(latencies "all three" "${logs[@]}"); echo "$all"
  p99s+=("$(awk '{for (i = 1; i < NF; i++) if ($i == "p99") print $(i + 1)}' <<<"$all")")
done
echo "p99 at half the peak: $(printf '%s\n' "${p99s[@]}" | median) ms, median of ${HALF_PEAK_ROUNDS} rounds (${p99s[*]})"
curl -s "$URL/metrics" >target/metrics-after.txt
# The server's own view: the p50 and p99 of POST /v1/advice during the run, from its histogram's buckets
# (so without the client's own scheduling on these two cores); a bucket's upper edge is reported.
awk '/^http_server_requests_seconds_bucket\{method="POST",.*status="200",uri="\/v1\/advice"/ {
       match($0, /le="[^"]+"/); le = substr($0, RSTART + 4, RLENGTH - 5)
       if (FILENAME ~ /before/) before[le] = $2; else { after[le] = $2; order[++n] = le } }
     END { total = after["+Inf"] - before["+Inf"]
           for (i = 1; i <= n; i++) { le = order[i]; c = after[le] - before[le]
             if (!p50 && c >= 0.5 * total) p50 = le; if (!p99 && c >= 0.99 * total) p99 = le }
           printf "  server side, %d requests: p50 <= %s s, p99 <= %s s\n", total, p50, p99 }' \
    target/metrics-before.txt target/metrics-after.txt
rm -f "$rss_file"
