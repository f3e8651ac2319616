#!/usr/bin/env bash
# Start to ready: from launching the README's start command to the first 200 from GET /health/ready,
# RUNS times, median; then the same without the class-data-sharing archive. Bounded: about a minute.
#   RUNS=5 PORT=7192 bench/startup.sh
source "$(dirname "$0")/common.sh"
RUNS=${RUNS:-5}; PORT=${PORT:-7192}
need_tools curl
need_jar
machine
measure() { # measure LABEL JAVA_FLAGS...
  local label=$1; shift
  local times=()
  for _ in $(seq "$RUNS"); do
    local start; start=$(date +%s%N)
    port_free "$PORT"
    "$JAVA" "$@" -jar "$JAR" --port "$PORT" --log-format json 2>"target/bench-startup.log" &
    SERVER_PID=$!
    local deadline=$(( $(date +%s) + 60 ))
    until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; do
      kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server did not start; see target/bench-startup.log" >&2; exit 1; }
      [ "$(date +%s)" -lt "$deadline" ] || { echo "the server was not ready within 60 s" >&2; exit 1; }
      sleep 0.01
    done
    times+=("$(( ($(date +%s%N) - start) / 1000000 ))")
    stop_server
  done
  echo "$label: median $(printf '%s\n' "${times[@]}" | median) ms (runs: ${times[*]})"
}
trap stop_server EXIT
measure "start to ready, README command (with target/advisor.jsa)" "${START_FLAGS[@]}"
# The same flags but the archive's, taken from common.sh's list so that the two runs differ in nothing else.
without_archive=()
for flag in "${START_FLAGS[@]}"; do [[ $flag == -XX:SharedArchiveFile=* ]] || without_archive+=("$flag"); done
measure "start to ready, without the archive" "${without_archive[@]}"
