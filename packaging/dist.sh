#!/usr/bin/env bash
# Builds Switchboard's app-image and the installer of this OS with jpackage, with a start-up cache made by a
# training run (the smoke test) and shipped in the image. Run by `./mvnw -Pdist package` (pom.xml, profile dist),
# which first copies the runtime libraries to target/dist/libs; it can be run again on its own after that.
#
# Settings (environment; the dist profile passes its -D properties as these):
#   DIST_VERSION        the pom's version (jpackage wants numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0)
#   DIST_JDK            the JDK whose jpackage and jlink build the image; by default the newest JDK 25+ under
#                       /usr/lib/jvm (its AOT cache starts the app fastest), else DIST_BUILD_JDK (Maven's JDK)
#   DIST_INSTALLERS     "native" (default): the app-image and this OS's installers; "none": the app-image only
#   DIST_LINUX_SHORTCUT "true" adds a desktop menu entry to the .deb/.rpm (needs a desktop at install time:
#                       its postinst fails on a headless machine, so it is off unless asked for)
#   DIST_TRAINING       "skip" ships no start-up cache (for a machine with neither a display nor Xvfb)
#   DIST_GC             the launcher's garbage collector option (default -XX:+UseG1GC; see README, Start-up)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
target="$root/target"
dist="$target/dist"
libs="$dist/libs"
log() { echo "dist: $*"; }
fail() { echo "dist: $*" >&2; exit 1; }

[ -f "$target/switchboard.jar" ] || fail "$target/switchboard.jar is missing: run ./mvnw -Pdist package, not this script alone."
[ -d "$libs" ] || fail "$libs is missing: run ./mvnw -Pdist package (it copies the runtime libraries there)."

# --- which JDK ----------------------------------------------------------------------------------------------
newest_jdk25() {
  local best="" best_major=0 home major
  for home in /usr/lib/jvm/*/ /opt/java/*/ "${JAVA_HOME:-/nonexistent}/"; do
    [ -x "$home/bin/jpackage" ] && [ -f "$home/release" ] || continue
    major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")"
    if [ -n "$major" ] && [ "$major" -ge 25 ] && [ "$major" -gt "$best_major" ]; then
      best="${home%/}" best_major="$major"
    fi
  done
  echo "$best"
}
jdk="${DIST_JDK:-}"
[ -n "$jdk" ] || jdk="$(newest_jdk25)"
[ -n "$jdk" ] || jdk="${DIST_BUILD_JDK:-${JAVA_HOME:-}}"
[ -n "$jdk" ] && [ -x "$jdk/bin/jpackage" ] || fail "no jpackage in '${jdk:-(none)}': set DIST_JDK to a JDK 17+ home."
major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")"
jpackage="$jdk/bin/jpackage"

# JDK 25 keeps the AOT cache (JEP 483); its launcher refuses an AppCDS archive made with our --add-opens. Before
# 25, a dynamic AppCDS archive on top of the runtime's own CDS archive.
if [ "$major" -ge 25 ]; then cache="switchboard.aot"; cache_kind="AOT cache"; else cache="switchboard.jsa"; cache_kind="AppCDS archive"; fi
log "packaging with JDK $major ($jdk); start-up cache: $cache_kind"

# --- what goes in -------------------------------------------------------------------------------------------
version="${DIST_VERSION:-0.0.0}"
version="${version%%-*}"
case "$(uname -s)" in
  Linux*) os=linux icon="$here/icons/switchboard.png" ;;
  Darwin*) os=mac icon="$here/icons/switchboard.icns" ;;
  MINGW*|MSYS*|CYGWIN*) os=windows icon="$here/icons/switchboard.ico" ;;
  *) fail "unknown OS $(uname -s): jpackage builds on Linux, macOS and Windows." ;;
esac
input="$dist/input" modules="$dist/javafx"
rm -rf "$input" "$modules" "$dist/image" "$dist/installers"
mkdir -p "$input" "$modules" "$dist/image" "$dist/installers"
cp "$target/switchboard.jar" "$input/"
for jar in "$libs"/*.jar; do
  name="$(basename "$jar")"
  case "$name" in
    javafx-*-[0-9]*.[0-9]-*.jar|javafx-*-[0-9]*.[0-9][0-9]-*.jar) cp "$jar" "$modules/" ;; # the OS's JavaFX jars: modules
    javafx-*) ;;                                  # the empty platform-less JavaFX jars
    *) cp "$jar" "$input/" ;;
  esac
done
[ -n "$(ls "$modules")" ] || fail "no JavaFX jars with a platform classifier in $libs."

# What the app and its libraries use (jdeps on each jar): the demo server needs jdk.httpserver, H2 java.sql and
# java.management, JNA and Jackson's bean support java.desktop, okio and Kotlin jdk.unsupported, TLS jdk.crypto.ec.
add_modules="javafx.controls,java.logging,java.naming,java.sql,java.xml,java.desktop,java.management,java.net.http"
add_modules="$add_modules,jdk.httpserver,jdk.unsupported,jdk.crypto.ec,jdk.zipfs"
if [ "$major" -ge 21 ]; then compress="--compress=zip-6"; else compress="--compress=2"; fi
jlink_options="--strip-debug --no-man-pages --no-header-files $compress"
if [ "$major" -lt 25 ]; then
  # An AppCDS archive builds on the runtime's own CDS archive of the JDK's classes; JDK 25's AOT cache holds those
  # itself. Making it runs the runtime's bin/java, so the commands stay (under 1 MB; not --strip-native-commands).
  jlink_options="$jlink_options --generate-cds-archive"
else
  jlink_options="$jlink_options --strip-native-commands"
fi

java_options=(
  # ControlsFX skins reach into JavaFX's skin package: JavaFX is on the module path in the packaged runtime.
  "--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED"
  "${DIST_GC:--XX:+UseG1GC}"
)
# A cache that cannot be used (a JDK 17 archive at another path than it was made at) costs start-up time, not
# correctness: the JVM's warning about it would otherwise land in every `describe` and `records` output.
if [ "$major" -ge 25 ]; then java_options+=("-Xlog:aot*=off,cds*=off"); else java_options+=("-Xlog:cds*=off"); fi
if [ "$major" -ge 24 ]; then
  # JavaFX 21 loads its native libraries and uses sun.misc.Unsafe: allowed, instead of a warning on every start.
  java_options+=("--enable-native-access=javafx.graphics,ALL-UNNAMED" "--sun-misc-unsafe-memory-access=allow")
fi
# On Windows the app's launcher has no console, so a second one with a console runs describe, records and
# demo-server in a terminal: switchboard-cli describe ...
extra_launchers=()
[ "$os" = windows ] && extra_launchers=(--add-launcher "switchboard-cli=$here/windows/switchboard-cli.properties")
java_option_args=()
for option in "${java_options[@]}"; do java_option_args+=(--java-options "$option"); done

common=(--name Switchboard --app-version "$version" --vendor "Switchboard project"
  --description "Desktop admin client generated at run time from a backend's OpenAPI document"
  --copyright "Switchboard project" --icon "$icon")

log "app-image: jlink and jpackage (about a minute)"
"$jpackage" --type app-image "${common[@]}" --dest "$dist/image" \
  --input "$input" --main-jar switchboard.jar --main-class dev.switchboard.app.Main \
  --module-path "$modules" --add-modules "$add_modules" --jlink-options "$jlink_options" \
  "${java_option_args[@]}" "${extra_launchers[@]}"

case "$os" in
  linux) app="$dist/image/Switchboard" launcher="$app/bin/Switchboard" cfg="$app/lib/app/Switchboard.cfg" appdir="$app/lib/app" ;;
  mac) app="$dist/image/Switchboard.app" launcher="$app/Contents/MacOS/Switchboard" cfg="$app/Contents/app/Switchboard.cfg" appdir="$app/Contents/app" ;;
  windows) app="$dist/image/Switchboard" launcher="$app/Switchboard.exe" cfg="$app/app/Switchboard.cfg" appdir="$app/app" ;;
esac
# The archive for heaps over 32 GB (no compressed oops): never used by a desktop app, 13 MB.
find "$app" -name classes_nocoops.jsa -delete
# libjvm.so comes with its symbol table (30 MB; 25 MB without; jlink's --strip-native-debug-symbols leaves it).
# Crash reports then name fewer native frames. Before the training run: the cache is made for this very file.
if [ "$os" = linux ] && command -v strip >/dev/null; then
  strip --strip-unneeded "$app/lib/runtime/lib/server/libjvm.so"
fi

# --- the start-up cache: a training run of the packaged launcher itself --------------------------------------
# Through the launcher, so the cache is made with exactly the options it will be used with ($APPDIR is the
# launcher's own folder, so the cache moves with the install).
set_cache_option() { # replaces the cache lines of the launcher's [JavaOptions] with the given options
  local tmp="$cfg.tmp"
  grep -v -e 'XX:SharedArchiveFile' -e 'XX:ArchiveClassesAtExit' -e 'XX:AOT' "$cfg" > "$tmp"
  local line="" option
  for option in "$@"; do line="$line"$'\n'"java-options=$option"; done
  awk -v add="${line#$'\n'}" '{ print } /^\[JavaOptions\]/ && add != "" { print add }' "$tmp" > "$cfg"
  rm -f "$tmp"
}
run_headless() { # runs the launcher with the smoke test, under Xvfb when there is no display
  if [ -n "${DISPLAY:-}" ] || [ "$os" != linux ]; then
    "$launcher" --smoke-test
  else
    command -v xvfb-run >/dev/null || fail "the training run needs a display: install xvfb (apt-get install xvfb xauth), set DISPLAY, or set DIST_TRAINING=skip."
    xvfb-run -a -s "-screen 0 1440x900x24" "$launcher" --smoke-test
  fi
}
if [ "${DIST_TRAINING:-}" = skip ]; then
  log "no start-up cache (DIST_TRAINING=skip)"
else
  started=$(date +%s)
  if [ "$major" -ge 25 ]; then
    set_cache_option "-XX:AOTMode=record" "-XX:AOTConfiguration=\$APPDIR/switchboard.aotconf"
    run_headless || fail "the training run (--smoke-test) failed; see its message above."
    # AOTMode=create makes the cache from the recorded configuration and exits without running the app.
    set_cache_option "-XX:AOTMode=create" "-XX:AOTConfiguration=\$APPDIR/switchboard.aotconf" "-XX:AOTCache=\$APPDIR/$cache"
    "$launcher" >/dev/null || fail "making the AOT cache from the training run failed."
    rm -f "$appdir/switchboard.aotconf"
    set_cache_option "-XX:AOTCache=\$APPDIR/$cache"
  else
    set_cache_option "-XX:ArchiveClassesAtExit=\$APPDIR/$cache"
    run_headless || fail "the training run (--smoke-test) failed; see its message above."
    set_cache_option "-XX:SharedArchiveFile=\$APPDIR/$cache"
  fi
  [ -s "$appdir/$cache" ] || fail "the training run left no $appdir/$cache."
  log "start-up cache $cache: $(du -m "$appdir/$cache" | cut -f1) MB, made in $(( $(date +%s) - started )) s"
fi
log "app-image: $app ($(du -sm "$app" | cut -f1) MB)"

# --- installers -----------------------------------------------------------------------------------------------
# The start-up cache is only used with the very jars it was made from, checked by size and modification time.
# jpackage copies the app-image when it builds a .deb, so every file gets the time of that copy and the installed
# app would start without its cache: the .deb is unpacked, given the image's times back, and packed again.
keep_training_timestamps() {
  local deb="$1" work
  work="$(mktemp -d)"
  fakeroot bash -c '
    set -e
    dpkg-deb -R "$1" "$2/pkg"
    cd "$2/pkg/opt/switchboard"
    find . -type f | while read -r file; do [ ! -e "$3/$file" ] || touch -r "$3/$file" "$file"; done
    dpkg-deb -Zxz --build "$2/pkg" "$1" >/dev/null
  ' _ "$deb" "$work" "$app"
  rm -rf "$work"
}
if [ "${DIST_INSTALLERS:-native}" = none ]; then
  exit 0
fi
case "$os" in
  linux)
    shortcut=()
    [ "${DIST_LINUX_SHORTCUT:-false}" = true ] && shortcut=(--linux-shortcut)
    linux=(--linux-app-category Office --linux-menu-group "Office;Network" "${shortcut[@]}")
    # JavaFX opens GTK 3 at run time (dlopen), so jpackage cannot see it: it is declared here. Debian 13 and
    # Ubuntu 24.04 renamed the package libgtk-3-0t64.
    "$jpackage" --type deb --app-image "$app" "${common[@]}" --dest "$dist/installers" "${linux[@]}" \
      --linux-package-name switchboard --linux-deb-maintainer "switchboard@example.org" \
      --linux-package-deps "libgtk-3-0 | libgtk-3-0t64"
    keep_training_timestamps "$dist/installers"/switchboard_*.deb
    if command -v rpmbuild >/dev/null; then
      "$jpackage" --type rpm --app-image "$app" "${common[@]}" --dest "$dist/installers" "${linux[@]}" \
        --linux-package-name switchboard --linux-package-deps gtk3
    else
      log "no .rpm: rpmbuild is not installed (apt-get install rpm, or dnf install rpm-build)"
    fi
    ;;
  windows)
    # WiX Toolset on PATH (3.x for JDK 17; 3, 4 or 5 for JDK 25).
    "$jpackage" --type msi --app-image "$app" "${common[@]}" --dest "$dist/installers" \
      --win-menu --win-menu-group Switchboard --win-shortcut --win-shortcut-prompt --win-dir-chooser \
      --win-upgrade-uuid 6f1d7c1e-5b0e-4c2a-9d5e-2b7c1a8e4f10
    ;;
  mac)
    # Xcode's command line tools (for hdiutil and codesign); unsigned unless signing options are added here.
    "$jpackage" --type dmg --app-image "$app" "${common[@]}" --dest "$dist/installers" \
      --mac-package-identifier dev.switchboard.app --mac-package-name Switchboard
    ;;
esac
for installer in "$dist/installers"/*; do
  log "installer: $installer ($(du -m "$installer" | cut -f1) MB)"
done
