#!/usr/bin/env bash
# One POST /v1/pre-approval/batch of 1,000 cases (the three representative cases in turn, each loan HK$1,000
# smaller than the one before), timed by curl on 127.0.0.1: WARMUP unmeasured runs, then RUNS measured ones,
# median and spread printed, the server's CPU time per batch, and its RSS while it works. Bounded: about a minute.
#   RUNS=51 WARMUP=100 PORT=7191 bench/batch.sh
source "$(dirname "$0")/common.sh"
RUNS=${RUNS:-51}; WARMUP=${WARMUP:-100}; PORT=${PORT:-7191}
need_tools curl
need_jar
machine
body=target/batch-1000.json
cases=(bench/cases/*.json)
{
  printf '['
  for i in $(seq 0 999); do
    [ "$i" -gt 0 ] && printf ','
    awk -v less=$((i * 1000)) '{
        match($0, /"amount":[0-9]+/)
        amount = substr($0, RSTART + 9, RLENGTH - 9)
        printf "%s\"amount\":%d%s", substr($0, 1, RSTART - 1), amount - less, substr($0, RSTART + RLENGTH)
      }' "${cases[$((i % 3))]}"
  done
  printf ']'
} >"$body"
start_server "$PORT"
post() {
  curl -s --max-time 60 -o target/batch-answer.json -w '%{http_code} %{time_total}\n' -X POST -H 'Content-Type: application/json' \
      --data-binary "@$body" "http://127.0.0.1:$PORT/v1/pre-approval/batch"
}
rss_file=$(mktemp); rss_sampler "$rss_file" & sampler=$!
for _ in $(seq "$WARMUP"); do post >/dev/null; done
times=()
old_before=$(old_generation_mib)
cpu_before=$(server_cpu_ms)
for _ in $(seq "$RUNS"); do
  read -r status seconds < <(post)
  [ "$status" = 200 ] || { echo "the batch got $status" >&2; exit 1; }
  times+=("$(awk -v s="$seconds" 'BEGIN {printf "%.1f", s * 1000}')")
done
cpu_after=$(server_cpu_ms)
old_after=$(old_generation_mib)
results=$(grep -o '"status":200' target/batch-answer.json | wc -l)
# A batch whose cases failed is quicker, not faster: such a run measures nothing.
[ "$results" -eq 1000 ] || { echo "the last batch answered $results of its 1,000 cases with 200" >&2; exit 1; }
echo "1,000-case batch ($(wc -c <"$body") bytes in, $(wc -c <target/batch-answer.json) bytes out, $results answers of 200):"
echo "  median $(printf '%s\n' "${times[@]}" | median) ms over $RUNS runs (min $(printf '%s\n' "${times[@]}" | sort -g | head -1), max $(printf '%s\n' "${times[@]}" | sort -g | tail -1)) after $WARMUP warm-up runs"
# CPU time reads steadier than elapsed time on a shared machine: what the batch costs, not what it waited for.
echo "  server CPU: $(( (cpu_after - cpu_before) / RUNS )) ms per batch (user + system, all threads, mean of the $RUNS)"
kill "$sampler" 2>/dev/null || true
echo "  server RSS during the $((WARMUP + RUNS)) batches: median $(median <"$rss_file") MiB, max $(sort -n "$rss_file" | tail -1) MiB"
# Batches that promote what they hold (their answers) grow it a little each time, and the RSS with it, for good.
echo "  server old generation in use: $old_before MiB after the warm-up, $old_after MiB after the $RUNS measured batches"
rm -f "$rss_file"
