# Shared by the bench scripts: the jar, the tools, a server to start and stop. Loopback only.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAR=target/advisor.jar
# The JDK that runs the server: JAVA_HOME's where it is set (as Maven's build, whose class-data-sharing archive
# only that JDK can use), else the one on the PATH.
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# The README's start command's flags; JAVA_OPTS adds to them.
START_FLAGS=(-XX:SharedArchiveFile=target/advisor.jsa -Xmx256m -XX:+UseSerialGC -XX:TargetSurvivorRatio=90 -XX:TrimNativeHeapInterval=2000 ${JAVA_OPTS:-})

need_tools() { # need_tools TOOL[:DEBIAN_PACKAGE]...
  local missing=()
  for spec in "$@"; do command -v "${spec%%:*}" >/dev/null || missing+=("${spec#*:}"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]} from Debian's packages" >&2
    # A fresh machine may not have read the package lists yet: read them once, then try again.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; } \
      || { echo "could not install ${missing[*]} (as root: apt-get update && apt-get install ${missing[*]})" >&2; exit 1; }
  fi
}

need_jar() {
  if [ ! -f "$JAR" ] || [ -n "$(find src rules pom.xml -newer "$JAR" -print -quit)" ]; then
    echo "building $JAR" >&2
    mvn -B -q -DskipTests package >&2
  fi
}

port_free() { # port_free PORT: exits if something already answers there; it would be measured instead
  if curl -s -o /dev/null "http://127.0.0.1:$1/"; then
    echo "something already listens on 127.0.0.1:$1; stop it or set PORT" >&2
    exit 1
  fi
}

# start_server PORT: starts the jar on 127.0.0.1:PORT and waits (at most 60 s) until it is ready.
start_server() {
  local port=$1
  port_free "$port"
  "$JAVA" "${START_FLAGS[@]}" -jar "$JAR" --port "$port" --log-format json 2>"target/bench-server-$port.log" &
  SERVER_PID=$!
  trap 'stop_server' EXIT
  for _ in $(seq 600); do
    curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server did not start; see target/bench-server-$port.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "the server was not ready within 60 s" >&2
  exit 1
}

stop_server() {
  if [ -n "${SERVER_PID:-}" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}

rss_sampler() { # samples the server's RSS (MiB) every half second into a file until killed
  while kill -0 "$SERVER_PID" 2>/dev/null; do
    awk '/VmRSS/ {printf "%.0f\n", $2/1024}' "/proc/$SERVER_PID/status" >>"$1"; sleep 0.5
  done
}

server_cpu_ms() { # the server's CPU time so far (user + system), in milliseconds
  awk -v hz="$(getconf CLK_TCK)" '{printf "%d\n", ($14 + $15) * 1000 / hz}' "/proc/$SERVER_PID/stat"
}

# The server's old generation in use, in MiB (jstat, beside the JDK's java; "?" without it). What it gains over a run
# that allocates only short-lived objects was promoted and stays resident until a full collection.
old_generation_mib() {
  local jstat="${JAVA%java}jstat"
  command -v "$jstat" >/dev/null || { echo "?"; return; }
  "$jstat" -gc "$SERVER_PID" | awk 'NR == 1 {for (i = 1; i <= NF; i++) if ($i == "OU") col = i}
                                    NR == 2 {printf "%.1f\n", $col / 1024}'
}

wait_clients() { # waits for this script's background load generators, not for the server
  for job in $(jobs -p); do [ "$job" = "$SERVER_PID" ] || wait "$job" || true; done
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

machine() {
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $("$JAVA" -version 2>&1 | sed -n 1p)"
}
