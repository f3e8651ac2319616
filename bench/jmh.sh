#!/usr/bin/env bash
# In-process evaluation benchmarks (JMH): the engine, the whole answer, and the hand-written baseline on
# the three representative cases (src/bench/java). Extra arguments go to JMH (e.g. -f 1 -wi 3 -i 3).
# BENCHMARKS=EngineFloorBenchmark runs the engine's floor instead: made-up rule bases of the bundled set's size,
# one rule shape each, into target/jmh-EngineFloorBenchmark.json (summary.py reads the default's file);
# BENCHMARKS=RuleFileAblationBenchmark the engine with each rule file left out in turn.
source "$(dirname "$0")/common.sh" # the repository as the working directory, and the JDK Maven builds with
echo "# $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'); machine: $(nproc) cores, $("$JAVA" -version 2>&1 | sed -n 1p)"
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
"$JAVA" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
    "${BENCHMARKS:-EvaluationBenchmark}" -rf json -rff "target/jmh-${BENCHMARKS:-results}.json" "$@"
