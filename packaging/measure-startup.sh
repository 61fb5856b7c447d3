#!/usr/bin/env bash
# Starts the packaged app N times under Xvfb and prints the median, min and max time from an outside timestamp
# (taken by this script just before the launcher is exec'd) to the first frame, and to the demo's calls table
# showing its first page. The app prints those moments itself with --report-startup (epoch ms; see
# dev.switchboard.app.StartupReport); --smoke-test opens the demo in memory and exits once the rows show.
#
#   packaging/measure-startup.sh [N] [launcher] [more app options...]
#     N         runs (default 10); the first is a warm-up of the OS's file cache and is not counted
#     launcher  default target/dist/image/Switchboard/bin/Switchboard (./mvnw -Pdist package builds it)
#
# Each marker also carries the process's CPU time so far, printed as a second set of figures: on a shared machine
# the wall-clock figures grow with the other load, the CPU figures much less.
# Needs Xvfb (apt-get install xvfb xauth) and bash 5 ($EPOCHREALTIME). Also prints the app-image's and the .deb's
# sizes when they are there.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
runs="${1:-10}"
launcher="${2:-$here/../target/dist/image/Switchboard/bin/Switchboard}"
shift $(( $# > 2 ? 2 : $# ))
[ -x "$launcher" ] || { echo "measure-startup.sh: no launcher at $launcher; build it with ./mvnw -Pdist package -DskipTests" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "measure-startup.sh: Xvfb is missing: apt-get install xvfb xauth" >&2; exit 2; }
[ -n "${EPOCHREALTIME:-}" ] || { echo "measure-startup.sh: needs bash 5 (for \$EPOCHREALTIME)" >&2; exit 2; }

# One X server for every run, on a free display number, stopped when this script ends.
display=90
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
export DISPLAY=":$display"

now_ms() { local t="$EPOCHREALTIME"; echo $(( ${t%.*} * 1000 + 10#${t#*.} / 1000 )); }
first=() table=() first_cpu=() table_cpu=()
out="$(mktemp)"
for run in $(seq 0 "$runs"); do
  start="$(now_ms)"
  if ! ( exec "$launcher" --smoke-test --report-startup "$@" ) >"$out" 2>&1; then
    echo "measure-startup.sh: run $run failed:" >&2
    cat "$out" >&2
    exit 1
  fi
  frame_at="$(awk '$1 == "switchboard-startup" && $2 == "first-frame" { print $3 }' "$out")"
  table_at="$(awk '$1 == "switchboard-startup" && $2 == "table-visible" { print $3 }' "$out")"
  frame_cpu="$(awk '$1 == "switchboard-startup" && $2 == "first-frame" { print $4 }' "$out")"
  table_cpu="$(awk '$1 == "switchboard-startup" && $2 == "table-visible" { print $4 }' "$out")"
  [ -n "$frame_at" ] && [ -n "$table_at" ] || { echo "measure-startup.sh: run $run printed no markers:" >&2; cat "$out" >&2; exit 1; }
  if [ "$run" -gt 0 ]; then
    first+=($(( frame_at - start )))
    table+=($(( table_at - start )))
    first_cpu+=("$frame_cpu") table_cpu+=("$table_cpu")
    printf 'run %2d: first frame %5d ms (CPU %5d ms), calls table visible %5d ms (CPU %5d ms)\n' "$run" "${first[-1]}" \
      "$frame_cpu" "${table[-1]}" "$table_cpu"
  fi
done
rm -f "$out"

stats() { # median min max of the arguments
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2); printf "median %5d ms   min %5d ms   max %5d ms", m, v[1], v[NR] }'
}
echo
echo "Start-up of $launcher, $runs runs (after one warm-up), from just before exec:"
echo "  first frame:               $(stats "${first[@]}")   (target: median <= 700 ms)"
echo "  demo calls table visible:  $(stats "${table[@]}")   (target: <= 1500 ms)"
echo "  CPU time used by then (all threads; a busy machine inflates it far less than the wall clock):"
echo "    to first frame:          $(stats "${first_cpu[@]}")"
echo "    to calls table visible:  $(stats "${table_cpu[@]}")"
echo "  load average when done: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (above 1 the figures are inflated)"
image="$(cd "$(dirname "$launcher")/.." && pwd)"
echo "  app-image $image: $(du -sm "$image" | cut -f1) MB (target <= 80 MB)"
for deb in "$here"/../target/dist/installers/*.deb; do
  [ -e "$deb" ] && echo "  $(basename "$deb"): $(( $(stat -c %s "$deb") / 1048576 )) MB (target <= 55 MB)"
done
