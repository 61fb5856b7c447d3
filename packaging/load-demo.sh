#!/usr/bin/env bash
# Loopback load on the embedded demo (issue 3, "Quality bar"): 20 concurrent clients list calls for 10 s;
# prints requests, errors, throughput and p50/p90/p99/max latency. Exit code 1 if any request failed.
# Arguments go to dev.switchboard.bench.DemoLoadBenchmark: --clients N --seconds N --warmup N --db PATH|mem.
# Set MVN to the Maven command to use (default ./mvnw; e.g. MVN="mvn -o" offline).
set -euo pipefail

case "${1:-}" in
  -h|--help)
    echo "usage: packaging/load-demo.sh [--clients 20] [--seconds 10] [--warmup 3] [--db PATH|mem]" >&2
    exit 0 ;;
esac

cd "$(dirname "$0")/.."           # the project root, wherever the script is run from
read -r -a mvn <<< "${MVN:-./mvnw}"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
classpath_file="target/load-demo.classpath"

"${mvn[@]}" -q test-compile
"${mvn[@]}" -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
exec "$java_bin" -cp "target/classes:target/test-classes:$(cat "$classpath_file")" \
  dev.switchboard.bench.DemoLoadBenchmark "$@"
