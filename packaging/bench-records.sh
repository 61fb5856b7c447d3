#!/usr/bin/env bash
# `switchboard records list --all` against the demo (20,000 seeded calls), compared with plain OkHttp.
#
#   packaging/bench-records.sh [runs (default 3)] [port (default 18124)]
#
# 1. Starts `java -jar target/switchboard.jar demo-server --port P --db mem` (in-memory database, seeded with
#    20,000 calls) and waits for it; stops it (that process only) on exit.
# 2. One unmeasured warm-up of each client, so the server's JIT is warm for both.
# 3. `runs` times, alternating (so a noisy neighbour hurts both alike), each a fresh JVM under /usr/bin/time -v:
#      (a) java -jar target/switchboard.jar records list <url> calls --all --size 100 --format json
#              --user admin --password switchboard-admin > /dev/null
#      (b) java -cp target/test-classes:target/lib/* dev.switchboard.bench.PlainOkHttpPages <url> ... 100
#          (log in with a form POST, GET /api/v1/calls/?page=N&size=100 with the bearer token until every page is
#          read, bodies discarded)
#    and prints the median wall time, records/s and peak RSS ("Maximum resident set size") of each, and the ratio.
# 4. Runs (a) once more with -Xmx64m, piped into a count: the whole list in a 64 MB heap, every record once,
#    shows that --all streams (a client that collected 20,000 records first would need several times that).
#
# Needs: a built project (./mvnw -q package -DskipTests: the jar, target/lib and target/test-classes) and GNU
# time at /usr/bin/time. When it is missing, the script installs it with `apt-get install -y time` (as root, or
# through sudo when available); elsewhere install the `time` package yourself.
set -euo pipefail

case "${1:-}" in
  -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac

runs="${1:-3}"
port="${2:-18124}"
cd "$(dirname "$0")/.."           # the project root, wherever the script is run from
jar="target/switchboard.jar"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
url="http://127.0.0.1:$port"
size=100

if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "bench-records: runs must be a positive whole number, not '$runs'." >&2
  exit 2
fi
if [[ ! -f "$jar" || ! -f target/test-classes/dev/switchboard/bench/PlainOkHttpPages.class ]]; then
  echo "bench-records: build first: ./mvnw -q package -DskipTests (needs $jar and target/test-classes)." >&2
  exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "bench-records: GNU time is missing; installing it with apt-get (package 'time')." >&2
  if [[ "$(id -u)" == 0 ]]; then
    apt-get install -y -q time >/dev/null
  elif command -v sudo >/dev/null; then
    sudo apt-get install -y -q time >/dev/null
  else
    echo "bench-records: cannot install 'time' without root; install it and run again." >&2
    exit 2
  fi
fi

work="$(mktemp -d)"
demo_pid=""
cleanup() {
  if [[ -n "$demo_pid" ]] && kill -0 "$demo_pid" 2>/dev/null; then
    kill "$demo_pid" 2>/dev/null || true
    wait "$demo_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "Starting the demo on $url (in-memory, 20,000 calls)..."
"$java_bin" -jar "$jar" demo-server --port "$port" --db mem >"$work/demo.log" 2>&1 &
demo_pid=$!
for _ in $(seq 1 240); do
  grep -q "Press Ctrl+C" "$work/demo.log" 2>/dev/null && break
  if ! kill -0 "$demo_pid" 2>/dev/null; then
    echo "bench-records: the demo did not start:" >&2
    cat "$work/demo.log" >&2
    exit 1
  fi
  sleep 0.5
done
grep -q "Press Ctrl+C" "$work/demo.log" || { echo "bench-records: the demo did not start in 120 s." >&2; exit 1; }

records_cmd=("$java_bin" -jar "$jar" records list "$url" calls --all --size "$size" --format json
  --user admin --password switchboard-admin)
plain_cmd=("$java_bin" -cp "target/test-classes:target/lib/*" dev.switchboard.bench.PlainOkHttpPages "$url"
  admin switchboard-admin "$size")
# The same clients stopping after the first page: their fixed cost (JVM start, client, document, login).
records_first=("$java_bin" -jar "$jar" records list "$url" calls --size "$size" --format json
  --user admin --password switchboard-admin)
plain_first=("${plain_cmd[@]}" 1)

# Runs a command under /usr/bin/time -v; appends "seconds kbytes" to $2.
measure() {
  local name="$1" into="$2"
  shift 2
  if ! /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt"; then
    echo "bench-records: $name failed:" >&2
    cat "$work/err.txt" "$work/time.txt" >&2
    exit 1
  fi
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
    /Maximum resident set size/ { kb = $2 }
    END { printf "%.3f %d\n", s, kb }' "$work/time.txt" >>"$into"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "Warm-up (not measured)..."
measure records /dev/null "${records_cmd[@]}"
measure plain /dev/null "${plain_cmd[@]}"
total=$(sed -n 's/.*records=\([0-9]*\).*/\1/p' "$work/out.txt")

: >"$work/records.txt"
: >"$work/plain.txt"
: >"$work/records1.txt"
: >"$work/plain1.txt"
for i in $(seq 1 "$runs"); do
  measure records "$work/records.txt" "${records_cmd[@]}"
  measure plain "$work/plain.txt" "${plain_cmd[@]}"
  measure records "$work/records1.txt" "${records_first[@]}"
  measure plain "$work/plain1.txt" "${plain_first[@]}"
  echo "  run $i: records $(tail -1 "$work/records.txt" | awk '{print $1 " s, " int($2/1024) " MB"}'),"\
    "plain OkHttp $(tail -1 "$work/plain.txt" | awk '{print $1 " s, " int($2/1024) " MB"}')"
done

r_wall=$(cut -d' ' -f1 "$work/records.txt" | median)
r_rss=$(cut -d' ' -f2 "$work/records.txt" | median)
p_wall=$(cut -d' ' -f1 "$work/plain.txt" | median)
p_rss=$(cut -d' ' -f2 "$work/plain.txt" | median)
r_first=$(cut -d' ' -f1 "$work/records1.txt" | median)
p_first=$(cut -d' ' -f1 "$work/plain1.txt" | median)

echo
echo "Streaming check: records list --all with -Xmx64m..."
set +e
/usr/bin/time -v -o "$work/time64.txt" "$java_bin" -Xmx64m -jar "$jar" records list "$url" calls --all \
  --size "$size" --format json --user admin --password switchboard-admin 2>"$work/err64.txt" \
  | awk 'NR > 1 && /^\{/ { n++ } END { print n + 0 }' >"$work/count64.txt"
status64=${PIPESTATUS[0]}
set -e
count64=$(cat "$work/count64.txt")
wall64=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$work/time64.txt")
rss64=$(awk -F': ' '/Maximum resident set size/ { print int($2 / 1024) }' "$work/time64.txt")

echo
echo "== $total calls, pages of $size, median of $runs cold runs each =="
awk -v n="$total" -v s="$size" -v rw="$r_wall" -v rr="$r_rss" -v pw="$p_wall" -v pr="$p_rss" \
    -v r1="$r_first" -v p1="$p_first" 'BEGIN {
  printf "records list --all (json)  wall %6.2f s  %8.0f records/s  peak RSS %4d MB  (first page alone %.2f s)\n", rw, n / rw, rr / 1024, r1
  printf "plain OkHttp pages         wall %6.2f s  %8.0f records/s  peak RSS %4d MB  (first page alone %.2f s)\n", pw, n / pw, pr / 1024, p1
  printf "end to end                 %.0f%% of plain OkHttp'"'"'s rate, start-up included\n", 100 * pw / rw
  rr2 = (n - s) / (rw - r1); pr2 = (n - s) / (pw - p1)
  printf "paging rate (after page 1) records %.0f/s, plain %.0f/s: %.0f%% (target: 80%%)\n", rr2, pr2, 100 * rr2 / pr2
}'
if [[ "$status64" == 0 && "$count64" == "$total" ]]; then
  echo "-Xmx64m                    exit 0, $count64 records streamed, wall $wall64 s, peak RSS $rss64 MB"
else
  echo "-Xmx64m                    FAILED: exit $status64, $count64 of $total records"
  sed -n '1,5p' "$work/err64.txt"
  exit 1
fi
