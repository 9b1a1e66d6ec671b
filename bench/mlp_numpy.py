#!/usr/bin/env python3
"""IGR Explorer's numpy baseline for `bench-mlp`.

The same network and the same measurement as `java -jar target/igr-explorer.jar bench-mlp`, written
with numpy so that the Java trainer's speed can be quoted as a ratio against a well-known
implementation measured in the same run (bench/mlp-compare.sh runs both alternately):

  * a ReLU MLP with the given layer sizes, softmax cross-entropy, He-normal weights and zero biases,
    float32 throughout, MNIST pixels scaled to [0, 1];
  * per epoch: the wall seconds of one epoch of plain SGD (a fresh shuffle, floor(N / batch) steps,
    the remainder dropped, theta <- theta - h * mean batch gradient), then the wall seconds of one
    full-training-set gradient pass in chunks (what R_IG = |grad E|^2 / m costs);
  * the last line: `epoch_seconds=<median> full_gradient_seconds=<median>`, the line bench-mlp ends
    with.

The options are bench-mlp's own (--data, --sizes, --batch, --lr, --epochs, --train-limit,
--test-limit, --chunk, --seed, --threads); --json also writes the figures as JSON. The random
streams differ from Java's, so losses agree only statistically; the work done is the same.
"""
import argparse
import gzip
import json
import os
import statistics
import sys
import time


def options():
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('--data', default='assets/data', help='folder with the MNIST IDX files, plain or .gz')
    p.add_argument('--sizes', default='784,400,400,400,400,10', help='layer sizes, input first')
    p.add_argument('--batch', type=int, default=32)
    p.add_argument('--lr', type=float, default=0.05, help='learning rate h')
    p.add_argument('--epochs', type=int, default=2)
    p.add_argument('--train-limit', type=int, default=None, help='use the first N training examples')
    p.add_argument('--test-limit', type=int, default=None, help='use the first N test examples')
    p.add_argument('--chunk', type=int, default=2048, help='rows per chunk of the full-batch pass')
    p.add_argument('--seed', type=int, default=0)
    p.add_argument('--threads', type=int, default=1, help='BLAS threads')
    p.add_argument('--json', help='also write the figures to this file')
    a = p.parse_args()
    sizes = [int(s) for s in a.sizes.split(',') if s.strip()]
    if len(sizes) < 2 or min(sizes) < 1:
        p.error('--sizes needs at least two positive layer sizes')
    if a.batch < 1 or a.epochs < 1 or a.chunk < 1 or a.threads < 1 or not a.lr > 0:
        p.error('--batch, --epochs, --chunk and --threads must be >= 1 and --lr positive')
    a.sizes = sizes
    return a


ARGS = options()
# the BLAS reads its thread count when numpy is imported
for var in ('OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS'):
    os.environ[var] = str(ARGS.threads)
try:
    import numpy as np
except ImportError:
    sys.exit('mlp_numpy.py: numpy is not installed for ' + sys.executable
             + ' (Debian/Ubuntu: apt-get install python3-numpy; elsewhere: pip install numpy)')

F32 = np.float32


def read_idx(folder, name):
    """An IDX file (images: n x pixels uint8, labels: n uint8), plain or gzip-compressed."""
    for path in (os.path.join(folder, name), os.path.join(folder, name + '.gz')):
        if not os.path.isfile(path):
            continue
        opener = gzip.open if path.endswith('.gz') else open
        with opener(path, 'rb') as f:
            raw = f.read()
        magic = int.from_bytes(raw[:4], 'big')
        if magic == 0x803:
            n, rows, cols = (int.from_bytes(raw[k:k + 4], 'big') for k in (4, 8, 12))
            return np.frombuffer(raw, np.uint8, n * rows * cols, 16).reshape(n, rows * cols)
        if magic == 0x801:
            n = int.from_bytes(raw[4:8], 'big')
            return np.frombuffer(raw, np.uint8, n, 8)
        sys.exit(f'mlp_numpy.py: {path} is not an IDX file (magic number {magic:#x})')
    sys.exit(f'mlp_numpy.py: missing MNIST file {name} (or {name}.gz) in {folder}')


def mnist(folder, train_limit, test_limit):
    def part(images, labels, limit):
        x = read_idx(folder, images)[:limit]
        y = read_idx(folder, labels)[:limit]
        return (x.astype(F32) / F32(255)), y.astype(np.intp)
    return (part('train-images-idx3-ubyte', 'train-labels-idx1-ubyte', train_limit),
            part('t10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte', test_limit))


class Mlp:
    """Weights W[l] (fan_in x fan_out) and biases b[l]; ReLU between layers, logits at the end."""

    def __init__(self, sizes, rng):
        self.W = [(rng.standard_normal((i, o)) * np.sqrt(2.0 / i)).astype(F32) for i, o in zip(sizes, sizes[1:])]
        self.b = [np.zeros(o, F32) for o in sizes[1:]]

    @property
    def params(self):
        return sum(w.size + b.size for w, b in zip(self.W, self.b))

    def activations(self, x):
        acts = [x]
        last = len(self.W) - 1
        for l, (w, b) in enumerate(zip(self.W, self.b)):
            z = acts[-1] @ w
            z += b
            if l < last:
                np.maximum(z, 0, out=z)
            acts.append(z)
        return acts

    def gradient(self, x, y, weight):
        """(dW, db, loss) of weight * sum of the cross-entropies of the rows of x."""
        acts = self.activations(x)
        logits = acts[-1]
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        rows = np.arange(len(y))
        loss = -float(np.log(p[rows, y] + F32(1e-30)).sum()) * weight
        p[rows, y] -= 1
        delta = p * F32(weight)
        dW = [None] * len(self.W)
        db = [None] * len(self.W)
        for l in reversed(range(len(self.W))):
            dW[l] = acts[l].T @ delta
            db[l] = delta.sum(axis=0)
            if l > 0:
                delta = (delta @ self.W[l].T) * (acts[l] > 0)
        return dW, db, loss

    def predict(self, x, chunk):
        return np.concatenate([self.activations(x[s:s + chunk])[-1].argmax(axis=1) for s in range(0, len(x), chunk)])


def sgd_epoch(net, x, y, batch, lr, rng):
    order = rng.permutation(len(x))
    h = F32(lr)
    for s in range(0, len(x) // batch * batch, batch):
        rows = order[s:s + batch]
        dW, db, _ = net.gradient(x[rows], y[rows], 1.0 / batch)
        for w, b, gw, gb in zip(net.W, net.b, dW, db):
            w -= h * gw
            b -= h * gb


def full_gradient(net, x, y, chunk):
    """E and |grad E|^2 over the whole set, summed chunk by chunk."""
    gW = [np.zeros_like(w) for w in net.W]
    gb = [np.zeros_like(b) for b in net.b]
    loss = 0.0
    for s in range(0, len(x), chunk):
        dW, db, part = net.gradient(x[s:s + chunk], y[s:s + chunk], 1.0 / len(x))
        loss += part
        for acc, d in zip(gW + gb, dW + db):
            acc += d
    return loss, float(sum(np.square(g, dtype=np.float64).sum() for g in gW + gb))


def main():
    (x, y), (xt, yt) = mnist(ARGS.data, ARGS.train_limit, ARGS.test_limit)
    if ARGS.sizes[0] != x.shape[1]:
        sys.exit(f'mlp_numpy.py: the first layer must have {x.shape[1]} inputs, not {ARGS.sizes[0]}')
    rng = np.random.default_rng(ARGS.seed)
    net = Mlp(ARGS.sizes, rng)
    m = net.params
    print(f'# numpy {np.__version__}, {m} parameters, {len(x)} training examples, {ARGS.threads} thread(s)')
    epoch_s, full_s = [], []
    for e in range(ARGS.epochs):
        t0 = time.perf_counter()
        sgd_epoch(net, x, y, ARGS.batch, ARGS.lr, rng)
        t1 = time.perf_counter()
        loss, g2 = full_gradient(net, x, y, ARGS.chunk)
        t2 = time.perf_counter()
        epoch_s.append(t1 - t0)
        full_s.append(t2 - t1)
        print(f'epoch {e}: sgd {t1 - t0:.3f} s, full gradient {t2 - t1:.3f} s, E {loss:.4f}, '
              f'R_IG {g2 / m:.4e}, slope {g2 ** 0.5:.4e}', flush=True)
    train_acc = float((net.predict(x, ARGS.chunk) == y).mean())
    test_acc = float((net.predict(xt, ARGS.chunk) == yt).mean()) if len(xt) else float('nan')
    print(f'train acc {train_acc:.4f}, test acc {test_acc:.4f}')
    print(f'epoch_seconds={statistics.median(epoch_s):.4f} full_gradient_seconds={statistics.median(full_s):.4f}')
    if ARGS.json:
        with open(ARGS.json, 'w') as f:
            json.dump(dict(sizes=ARGS.sizes, params=m, batch=ARGS.batch, threads=ARGS.threads, train=len(x),
                           epoch_s=epoch_s, full_gradient_s=full_s, train_acc=train_acc, test_acc=test_acc), f, indent=1)


if __name__ == '__main__':
    main()
