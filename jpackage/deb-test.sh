#!/usr/bin/env bash
# Installs the .deb built by `./mvnw -Pdist package` with dpkg, runs the installed launcher (--version, train on
# MNIST from a folder without assets/data, render) and removes the package again. It checks that installing and
# removing succeed on a system without a desktop menu tree (a server, a minimal image, a container: the menu entry
# is optional). Needs root (or sudo) and the package's dependencies; CI (.ci/run) runs it on Debian.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)
deb=$(ls target/installer/igr-explorer_"$version"-*_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { echo "deb test: no target/installer/igr-explorer_$version-*.deb; build it with ./mvnw -Pdist package" >&2; exit 1; }
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
if dpkg -s igr-explorer >/dev/null 2>&1; then
  echo "deb test: igr-explorer is already installed here; remove it first (dpkg --purge igr-explorer)" >&2
  exit 1
fi

tmp=$(mktemp -d)
cleanup() {
  if dpkg -s igr-explorer >/dev/null 2>&1; then $SUDO dpkg --purge igr-explorer >/dev/null 2>&1 || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

$SUDO dpkg -i "$deb" > "$tmp/install.log" 2>&1 || { cat "$tmp/install.log" >&2; echo "deb test: dpkg -i failed" >&2; exit 1; }
status=$(dpkg-query -W -f='${Status}' igr-explorer)
[ "$status" = "install ok installed" ] || { cat "$tmp/install.log" >&2; echo "deb test: package status '$status'" >&2; exit 1; }
echo "deb test: installed $(basename "$deb")"

launcher=/opt/igr-explorer/bin/igr-explorer
out=$("$launcher" --version)
case "$out" in
  *"$version"*) echo "installed --version: $out" ;;
  *) echo "deb test: --version printed '$out', expected $version" >&2; exit 1 ;;
esac
(cd "$tmp" && "$launcher" train --sizes 784,16,10 --train-limit 1000 --test-limit 200 --epochs 1 --out mnist.csv \
    2> train.log) || { cat "$tmp/train.log" >&2; echo "deb test: installed train on MNIST failed" >&2; exit 1; }
[ "$(wc -l < "$tmp/mnist.csv")" -eq 3 ] || { echo "deb test: train wrote $(wc -l < "$tmp/mnist.csv") lines, expected 3" >&2; exit 1; }
echo "installed train on MNIST: $(tail -n 1 "$tmp/train.log")"
"$launcher" render --view plane --width 640 --height 480 --out "$tmp/plane.png" >/dev/null
magic=$(head -c 8 "$tmp/plane.png" | od -An -tx1 | tr -d ' \n')
[ "$magic" = "89504e470d0a1a0a" ] || { echo "deb test: the installed render did not write a PNG" >&2; exit 1; }
echo "installed render --view plane: $(stat -c %s "$tmp/plane.png") bytes"

$SUDO dpkg --purge igr-explorer > "$tmp/remove.log" 2>&1 || { cat "$tmp/remove.log" >&2; echo "deb test: dpkg --purge failed" >&2; exit 1; }
if dpkg -s igr-explorer >/dev/null 2>&1 || [ -e /opt/igr-explorer ]; then
  echo "deb test: the package or /opt/igr-explorer is still there after dpkg --purge" >&2
  exit 1
fi
echo "deb test: removed"
