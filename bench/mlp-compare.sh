#!/usr/bin/env bash
# Side-by-side benchmark of the MLP trainer against the project's numpy baseline: bench/mlp_numpy.py
# and `java -jar target/igr-explorer.jar bench-mlp` take the same options and make the same
# measurement (one SGD epoch and one full-batch gradient pass per epoch; last line
# `epoch_seconds=<median> full_gradient_seconds=<median>`). They run alternately, so both see the
# same machine load; the script prints each round, the medians over rounds and the ratios java/numpy
# (< 1: Java is faster), for wall seconds and for the CPU seconds of the whole process.
#
# Usage: bench/mlp-compare.sh [--rounds N] [--keep-openblas-env] [-- options for both]
#   options for both default to: --sizes 784,400,400,400,400,10 --batch 32 --threads 1 --epochs 2
# OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are unset for both commands, so that each OpenBLAS picks its
# own kernels for this CPU; --keep-openblas-env keeps them.
# Needs java 17+, python3 with numpy, and the jar (built with ./mvnw -B package -DskipTests if missing).
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=3
keep_env=0
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --keep-openblas-env) keep_env=1; shift ;;
    --) shift; break ;;
    *) echo "mlp-compare.sh: unknown option $1 (options for both commands go after --)" >&2; exit 2 ;;
  esac
done
common=("$@")
[ ${#common[@]} -eq 0 ] && common=(--sizes 784,400,400,400,400,10 --batch 32 --threads 1 --epochs 2)

command -v python3 > /dev/null || { echo "mlp-compare.sh: python3 is not installed; the numpy baseline needs it" >&2; exit 3; }
if ! python3 -c "import numpy" 2> /dev/null; then
  echo "mlp-compare.sh: numpy is not installed for $(command -v python3), so there is no baseline to compare with." >&2
  echo "  Debian/Ubuntu: sudo apt-get install python3-numpy; elsewhere: python3 -m pip install numpy" >&2
  exit 3
fi
[ -f target/igr-explorer.jar ] || ./mvnw -B -q package -DskipTests

envcmd=(env)
[ "$keep_env" -eq 0 ] && envcmd=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE)

# timed NAME CMD...: runs CMD with its output in $tmp/NAME.txt and appends to $tmp/NAME.fig one line
# "epoch_seconds full_gradient_seconds process_cpu_seconds". CPU seconds of the whole process (data
# loading, epochs, full gradients, accuracies) swing less with the machine's load than wall seconds.
timed() {
  local name="$1"; shift
  python3 - "$tmp/$name" "$@" <<'PY'
import re, resource, subprocess, sys
out = sys.argv[1]
with open(out + '.txt', 'w') as f:
    rc = subprocess.call(sys.argv[2:], stdout=f)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
last = open(out + '.txt').read().strip().splitlines()[-1:] or ['']
m = re.fullmatch(r'epoch_seconds=([0-9.]+) full_gradient_seconds=([0-9.]+)', last[0])
if rc != 0 or not m:
    sys.exit(f'{sys.argv[2]} failed (exit code {rc}); its output is above')
with open(out + '.fig', 'a') as f:
    print(m.group(1), m.group(2), f'{usage.ru_utime + usage.ru_stime:.3f}', file=f)
PY
}

figures() {
  awk 'END { printf "epoch_seconds=%s full_gradient_seconds=%s process_cpu_seconds=%s", $1, $2, $3 }' "$tmp/$1.fig"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for r in $(seq 1 "$rounds"); do
  timed numpy "${envcmd[@]}" python3 bench/mlp_numpy.py "${common[@]}" || { cat "$tmp/numpy.txt" >&2; exit 1; }
  echo "round $r numpy: $(figures numpy)  ($(tail -2 "$tmp/numpy.txt" | head -1))"
  timed java "${envcmd[@]}" OPENBLAS_NUM_THREADS=1 java -jar target/igr-explorer.jar bench-mlp "${common[@]}" \
    || { cat "$tmp/java.txt" >&2; exit 1; }
  echo "round $r java : $(figures java)  ($(head -1 "$tmp/java.txt"))"
done
python3 - "$tmp/numpy.fig" "$tmp/java.fig" <<'PY'
import sys, statistics as st
n, j = ([[float(v) for v in line.split()] for line in open(p)] for p in sys.argv[1:3])
names = ('SGD epoch (wall s)', 'full-batch gradient (wall s)', 'whole process (CPU s)')
for k, name in enumerate(names):
    a, b = st.median(r[k] for r in n), st.median(r[k] for r in j)
    per = ', '.join(f'{y[k] / x[k]:.2f}' for x, y in zip(n, j))
    print(f'{name}: numpy {a:.3f}, java {b:.3f}, ratio java/numpy {b / a:.3f} (per round: {per})')
PY
