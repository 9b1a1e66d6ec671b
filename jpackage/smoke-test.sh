#!/usr/bin/env bash
# Smoke-tests the app-image built by `./mvnw -Pdist package` (or with -Ddist.skipInstaller=true):
# the packaged launcher must print the project version and run the headless commands.
# Run it under a display (xvfb-run) so that the 3D render can be checked too.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=target/dist/igr-explorer/bin/igr-explorer
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
