#!/usr/bin/env bash
# Every benchmark in one run, one after another (never two at once on two cores), output to the terminal
# and to target/bench-all.txt: start-up, the 1,000-case batch, HTTP, then JMH, and last a table of issue 7's
# targets beside what this run measured, each met or missed (bench/summary.py). About 22 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target # a fresh clone has none yet, and tee writes the run into it
{
  echo "# $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with changes)')"
  bench/startup.sh
  bench/batch.sh
  bench/http.sh
  bench/jmh.sh
} 2>&1 | tee target/bench-all.txt
# Each target beside what this run measured (from its output above and JMH's results).
source bench/common.sh
need_tools python3
python3 bench/summary.py target/bench-all.txt target/jmh-results.json | tee -a target/bench-all.txt
