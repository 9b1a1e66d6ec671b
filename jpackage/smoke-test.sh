#!/usr/bin/env bash
# Smoke-tests the app-image built by `./mvnw -Pdist package` (or with -Ddist.skipInstaller=true):
# the packaged launcher must print the project version and run the headless commands.
# Run it under a display (xvfb-run) so that the 3D render can be checked too.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher="$PWD/target/dist/igr-explorer/bin/igr-explorer"
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)
[ -x "$launcher" ] || { echo "smoke test: $launcher is missing; build it with ./mvnw -Pdist package" >&2; exit 1; }

out=$("$launcher" --version)
echo "launcher --version: $out"
case "$out" in
  *"$version"*) ;;
  *) echo "smoke test: --version printed '$out', expected the project version $version" >&2; exit 1 ;;
esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$launcher" trajectories --steps 50 --out "$tmp/traj.csv" >/dev/null
rows=$(wc -l < "$tmp/traj.csv")
[ "$rows" -eq 256 ] || { echo "smoke test: trajectories wrote $rows lines, expected 256" >&2; exit 1; }
echo "launcher trajectories: $rows lines"

# MNIST ships inside the application: training from a folder without assets/data needs no --data.
(cd "$tmp" && "$launcher" train --sizes 784,16,10 --train-limit 1000 --test-limit 200 --epochs 1 \
    --out mnist.csv 2> train.log) || { cat "$tmp/train.log" >&2; echo "smoke test: train on MNIST failed" >&2; exit 1; }
rows=$(wc -l < "$tmp/mnist.csv")
[ "$rows" -eq 3 ] || { echo "smoke test: train wrote $rows lines, expected 3 (header, step 0, one epoch)" >&2; exit 1; }
echo "launcher train on MNIST from $tmp: $(tail -n 1 "$tmp/train.log")"

# The PDF export embeds the DejaVu fonts shipped in the jar: one TrueType program (FontFile2) per face used.
"$launcher" render --view plane --caption --width 640 --height 480 --out "$tmp/plane.pdf" >/dev/null
fonts=$(grep -a -c '/FontFile2' "$tmp/plane.pdf" || true)
[ "$fonts" -ge 1 ] || { echo "smoke test: the plane's PDF embeds no font" >&2; exit 1; }
echo "launcher render --view plane PDF: $fonts embedded fonts"

# A 3D render needs a display: CI runs this script under xvfb-run.
if [ -z "${DISPLAY:-}" ]; then
  echo "smoke test: no DISPLAY; run it under xvfb-run to check the 3D render" >&2
  exit 1
fi
"$launcher" render --view 3d --width 800 --height 600 --out "$tmp/3d.png"
size=$(stat -c %s "$tmp/3d.png")
magic=$(head -c 8 "$tmp/3d.png" | od -An -tx1 | tr -d ' \n')
[ "$magic" = "89504e470d0a1a0a" ] || { echo "smoke test: the 3D render is not a PNG" >&2; exit 1; }
width=$((16#$(od -An -tx1 -j16 -N4 "$tmp/3d.png" | tr -d ' \n')))
height=$((16#$(od -An -tx1 -j20 -N4 "$tmp/3d.png" | tr -d ' \n')))
[ "$width" -eq 800 ] && [ "$height" -eq 600 ] || { echo "smoke test: 3D render is ${width}x${height}, expected 800x600" >&2; exit 1; }
[ "$size" -gt 20000 ] || { echo "smoke test: the 3D render is only $size bytes (an empty view?)" >&2; exit 1; }
echo "launcher render --view 3d: ${width}x${height} PNG, $size bytes"
