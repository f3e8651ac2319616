#!/usr/bin/env bash
# Every benchmark in one run, one after another (never two at once on two cores), output to the terminal
# and to target/bench-all.txt: start-up, the 1,000-case batch, HTTP, then JMH. About 17 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
{
  echo "# $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with changes)')"
  bench/startup.sh
  bench/batch.sh
  bench/http.sh
  bench/jmh.sh
} 2>&1 | tee target/bench-all.txt
