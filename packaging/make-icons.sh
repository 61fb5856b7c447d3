#!/usr/bin/env bash
# Makes every icon file from icons/switchboard.svg, the one drawing we own. The results are committed, so a build
# needs none of these tools; run this again only after changing the SVG.
#   needs: rsvg-convert (librsvg2-bin), convert (imagemagick) for the .ico, python3 for the .icns
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
svg="$here/icons/switchboard.svg"
app_icons="$here/../src/main/resources/dev/switchboard/view/icons"   # the window's icons and the About card's
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$app_icons"

for tool in rsvg-convert convert python3; do
  command -v "$tool" >/dev/null || { echo "make-icons.sh: $tool is missing (apt-get install librsvg2-bin imagemagick python3)" >&2; exit 2; }
done

for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$work/$size.png"
done
for size in 16 24 32 48 64 128 256 512; do
  cp "$work/$size.png" "$app_icons/switchboard-$size.png"
done
# Linux: jpackage takes one PNG for the launcher and the .desktop entry.
cp "$work/256.png" "$here/icons/switchboard.png"
# Windows: one .ico holding the sizes Explorer and the taskbar ask for.
convert "$work/16.png" "$work/24.png" "$work/32.png" "$work/48.png" "$work/64.png" "$work/128.png" "$work/256.png" \
  "$here/icons/switchboard.ico"
# macOS: an .icns of PNG entries (what iconutil writes), built by a small script since iconutil is macOS-only.
python3 "$here/icns.py" "$here/icons/switchboard.icns" \
  icp4="$work/16.png" icp5="$work/32.png" icp6="$work/64.png" ic07="$work/128.png" ic08="$work/256.png" \
  ic09="$work/512.png" ic10="$work/1024.png" ic11="$work/32.png" ic12="$work/64.png" ic13="$work/512.png" \
  ic14="$work/1024.png"
ls -l "$here/icons" "$app_icons"
