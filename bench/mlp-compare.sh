#!/usr/bin/env bash
# Side-by-side benchmark of the MLP trainer: the numpy reference (shared/reference/mlp_numpy.py)
# and `java -jar target/igr-explorer.jar bench-mlp`, same network, data, batch and threads,
# alternating runs so that both see the same machine load. Prints each run's medians, then the
# median over rounds and the ratio java/numpy (< 1: Java is faster).
#
# Usage: bench/mlp-compare.sh [--rounds N] [--reference PATH] [--keep-openblas-env] [-- options for both]
#   options for both default to: --sizes 784,400,400,400,400,10 --batch 32 --threads 1 --epochs 2
# By default OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are unset for both commands, so that OpenBLAS
# picks its own kernels for this CPU (AVX-512 where present); --keep-openblas-env keeps them.
# Needs: java 17+, python3 with numpy, the jar (built with ./mvnw -B package -DskipTests if missing).
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=3
reference=""
keep_env=0
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --reference) reference="$2"; shift 2 ;;
    --keep-openblas-env) keep_env=1; shift ;;
    --) shift; break ;;
    *) echo "unknown option $1 (put options for both commands after --)" >&2; exit 2 ;;
  esac
done
common=("$@")
[ ${#common[@]} -eq 0 ] && common=(--sizes 784,400,400,400,400,10 --batch 32 --threads 1 --epochs 2)

if [ -z "$reference" ]; then
  for p in ../shared/reference/mlp_numpy.py ../../shared/reference/mlp_numpy.py /work/shared/reference/mlp_numpy.py; do
    [ -f "$p" ] && reference="$p" && break
  done
fi
[ -f "$reference" ] || { echo "numpy reference mlp_numpy.py not found; pass --reference PATH" >&2; exit 2; }
python3 -c "import numpy" 2>/dev/null || { echo "python3 with numpy is needed (Debian: apt-get install python3-numpy)" >&2; exit 2; }
[ -f target/igr-explorer.jar ] || ./mvnw -B -q package -DskipTests

envcmd=(env)
[ "$keep_env" -eq 0 ] && envcmd=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE)

# cpu_of CMD...: runs CMD, then prints the user+system CPU seconds of CMD and its children on fd 3.
# On a machine shared with other work, wall-clock seconds swing with the load while CPU seconds of
# the whole process (data loading, 2 epochs, 2 full-gradient passes, accuracies) stay steadier.
cpu_of() {
  python3 -c 'import resource, subprocess, sys
rc = subprocess.call(sys.argv[1:])
u = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(3, "w", closefd=False) as f:
    print(f"{u.ru_utime + u.ru_stime:.3f}", file=f)
sys.exit(rc)' "$@"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
np_epoch=(); np_full=(); j_epoch=(); j_full=(); np_cpu=(); j_cpu=()
for r in $(seq 1 "$rounds"); do
  cpu_of "${envcmd[@]}" python3 "$reference" --data assets/data "${common[@]}" --json "$tmp/np.json" > "$tmp/np.txt" 3> "$tmp/np.cpu"
  np_cpu+=("$(cat "$tmp/np.cpu")")
  line=$(python3 -c "import json,statistics as s;d=json.load(open('$tmp/np.json'));print(s.median(d['epoch_s']),s.median(d['full_gradient_s']))")
  np_epoch+=("${line% *}"); np_full+=("${line#* }")
  echo "round $r numpy: epoch_seconds=${line% *} full_gradient_seconds=${line#* } process_cpu_seconds=${np_cpu[-1]}  ($(tail -1 "$tmp/np.txt"))"
  cpu_of "${envcmd[@]}" OPENBLAS_NUM_THREADS=1 java -jar target/igr-explorer.jar bench-mlp --data assets/data "${common[@]}" > "$tmp/j.txt" 3> "$tmp/j.cpu"
  j_cpu+=("$(cat "$tmp/j.cpu")")
  last=$(tail -1 "$tmp/j.txt")
  je=$(echo "$last" | sed -E 's/.*epoch_seconds=([0-9.]+).*/\1/'); jf=$(echo "$last" | sed -E 's/.*full_gradient_seconds=([0-9.]+).*/\1/')
  j_epoch+=("$je"); j_full+=("$jf")
  echo "round $r java : $last process_cpu_seconds=${j_cpu[-1]}  ($(tail -2 "$tmp/j.txt" | head -1); $(head -1 "$tmp/j.txt"))"
done
python3 - "${np_epoch[*]}" "${np_full[*]}" "${j_epoch[*]}" "${j_full[*]}" "${np_cpu[*]}" "${j_cpu[*]}" <<'PY'
import sys, statistics as s
ne, nf, je, jf, nc, jc = ([float(x) for x in a.split()] for a in sys.argv[1:7])
print(f"numpy: epoch_seconds={s.median(ne):.3f} full_gradient_seconds={s.median(nf):.3f}")
print(f"java : epoch_seconds={s.median(je):.3f} full_gradient_seconds={s.median(jf):.3f}")
print(f"ratio java/numpy: epoch {s.median(je)/s.median(ne):.3f}, full gradient {s.median(jf)/s.median(nf):.3f}"
      f" (per-round epoch ratios: {', '.join(f'{a/b:.2f}' for a, b in zip(je, ne))})")
print(f"whole-process cpu seconds: numpy {s.median(nc):.2f}, java {s.median(jc):.2f}, ratio {s.median(jc)/s.median(nc):.3f}"
      f" (per round: {', '.join(f'{a/b:.2f}' for a, b in zip(jc, nc))})")
PY
