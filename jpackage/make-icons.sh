#!/usr/bin/env bash
# Regenerates the raster icons in jpackage/icons/ from the vector source assets/icon.svg.
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert (imagemagick) and png2icns (icnsutils):
#   sudo apt-get install librsvg2-bin imagemagick icnsutils
# The results are committed, so building the installers does not need these tools.
set -euo pipefail
cd "$(dirname "$0")/.."
out=jpackage/icons
mkdir -p "$out"
for s in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" assets/icon.svg -o "$out/igr-explorer-$s.png"
done
cp "$out/igr-explorer-256.png" "$out/igr-explorer.png"                       # Linux (jpackage --icon)
convert "$out"/igr-explorer-{16,24,32,48,64,128,256}.png "$out/igr-explorer.ico"   # Windows
png2icns "$out/igr-explorer.icns" "$out"/igr-explorer-{16,32,128,256,512}.png >/dev/null  # macOS
ls -l "$out"
