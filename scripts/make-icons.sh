#!/usr/bin/env bash
# Draws the home-screen icons in public/icons/ from public/favicon.svg. Run by hand when the
# favicon changes and commit the PNGs: the build needs no image tool. Needs rsvg-convert
# (Debian: apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
svg=public/favicon.svg
out=public/icons
mkdir -p "$out"
# Maskable and Apple icons are cropped by the phone (to a circle, a squircle …): square corners,
# and the mark already sits well inside the 80 % safe zone.
full_bleed=$(sed 's/ rx="[0-9.]*"//' "$svg")
rsvg-convert -w 192 -h 192 "$svg" -o "$out/icon-192.png"
rsvg-convert -w 512 -h 512 "$svg" -o "$out/icon-512.png"
printf '%s' "$full_bleed" | rsvg-convert -w 512 -h 512 -o "$out/maskable-512.png"
printf '%s' "$full_bleed" | rsvg-convert -w 180 -h 180 -o "$out/apple-touch-icon.png"
ls -l "$out"
