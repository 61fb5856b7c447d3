#!/usr/bin/env bash
# Cold `describe` wall time (issue 2, section 6: under 1.5 s for the largest document).
# Builds nothing: run `./mvnw -q package -DskipTests` first. Each run is a fresh JVM (cold start).
set -euo pipefail

usage() {
  echo "usage: packaging/bench-describe.sh [runs (default 5)] [document (default ../shared/specs/polar-2026-04.openapi.json)]" >&2
  echo "       after ./mvnw -q package -DskipTests in the project root; each run is a fresh JVM" >&2
}

case "${1:-}" in
  -h|--help) usage; exit 0 ;;
esac

runs="${1:-5}"
document="${2:-}"
if [[ -n "$document" && "$document" != /* ]]; then
  document="$(pwd)/$document"   # a path given by the caller is relative to where it was run
fi
cd "$(dirname "$0")/.."           # the project root, wherever the script is run from
document="${document:-../shared/specs/polar-2026-04.openapi.json}"
jar="target/switchboard.jar"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "bench-describe: runs must be a positive whole number, not '$runs'." >&2
  usage
  exit 2
fi
if [[ ! -f "$jar" ]]; then
  echo "bench-describe: no $jar here ($(pwd)). Run ./mvnw -q package -DskipTests in the project root first." >&2
  usage
  exit 2
fi
if [[ ! -f "$document" ]]; then
  echo "bench-describe: no document at $document (the ../shared/specs folder is not shipped with Switchboard)." >&2
  usage
  exit 2
fi

echo "cold describe of $document --format json, $runs runs ($("$java_bin" -version 2>&1 | head -n 1))"
times=()
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s%N)
  "$java_bin" -jar "$jar" describe "$document" --format json > /dev/null
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: $ms ms"
done

sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
if (( n % 2 == 1 )); then
  median=${sorted[$((n / 2))]}
else
  median=$(( (sorted[n / 2 - 1] + sorted[n / 2]) / 2 ))
fi
echo "median: $median ms (min ${sorted[0]} ms, max ${sorted[$((n - 1))]} ms)"
